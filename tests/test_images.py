"""The shared image library: only real images are accepted, and the site serves resized WebP copies
of them (renditions), cropped for the cards around the focal point the editor chose."""

import html
import importlib
import io
import os
import re
import shutil
import struct
import zlib
from pathlib import Path

import pytest
from django.core import serializers
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template import Context, Template
from django.urls import clear_url_caches, reverse
from django.utils import translation
from PIL import Image as PillowImage
from PIL import ImageCms, ImageFile, PngImagePlugin

import limoges_site.urls
from limoges_site.storage_backends import MediaStorage
from relations import images
from relations.models import Image, PublicationStatus
from tests.forms import form_data

pytestmark = pytest.mark.django_db

ADD_URL = "/{language}/admin/relations/image/add/"
RED, GREEN, BLUE, YELLOW = (220, 30, 30), (30, 200, 30), (30, 30, 220), (240, 220, 20)


# Files to upload


def encoded(picture, image_format, **options):
    buffer = io.BytesIO()
    picture.save(buffer, image_format, **options)
    return buffer.getvalue()


def plain(image_format, size=(1000, 750), colour="teal", **options):
    return encoded(PillowImage.new("RGB", size, colour), image_format, **options)


def noise(size):
    """An image that does not compress: its file is about as large as its pixels."""
    return PillowImage.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))


def quadrants(size):
    """Red top left, green top right, blue bottom left, yellow bottom right."""
    width, height = size
    picture = PillowImage.new("RGB", size, RED)
    picture.paste(GREEN, (width // 2, 0, width, height // 2))
    picture.paste(BLUE, (0, height // 2, width // 2, height))
    picture.paste(YELLOW, (width // 2, height // 2, width, height))
    return picture


def png_declaring(width, height, bit_depth=8, colour_type=0):
    """A PNG of a few dozen bytes whose header announces width × height pixels (grey by default;
    colour type 2 is RGB, 6 RGBA), decoding to much more than its file."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, bit_depth, colour_type, 0, 0, 0)
    row = zlib.compress(b"\x00" * (width + 1))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", row) + chunk(b"IEND", b"")


SVG_WITH_SCRIPT = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>'
HTML_PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


# Uploading through the admin, as an editor does


def add_form_data(client, language="fr"):
    data = form_data(client.get(ADD_URL.format(language=language)), "image_form")
    data.update(title="Pont Saint-Étienne", alt_text_fr="Le pont Saint-Étienne sur la Vienne", alt_text_de="")
    return data


def upload(client, name, content, content_type="application/octet-stream", language="fr", **fields):
    data = {**add_form_data(client, language), **fields, "file": SimpleUploadedFile(name, content, content_type)}
    return client.post(ADD_URL.format(language=language), data)


def stored_files(settings):
    return [path for path in Path(settings.MEDIA_ROOT).rglob("*") if path.is_file()]


def open_rendition(copy):
    with default_storage.open(copy["name"]) as stored:
        picture = PillowImage.open(stored)
        picture.load()
    return picture


def nearest_colour(pixel):
    colours = {"red": RED, "green": GREEN, "blue": BLUE, "yellow": YELLOW}
    return min(colours, key=lambda name: sum((a - b) ** 2 for a, b in zip(colours[name], pixel[:3], strict=True)))


@pytest.fixture
def make_image(django_capture_on_commit_callbacks):
    """An image of the library saved as a script would, with its renditions made (after the commit)."""

    def make(picture_bytes, name="pont.png", **fields):
        with django_capture_on_commit_callbacks(execute=True):
            image = Image.objects.create(
                title=fields.pop("title", "Pont"),
                file=ContentFile(picture_bytes, name=name),
                alt_text_fr=fields.pop("alt_text_fr", "Le pont Saint-Étienne"),
                **fields,
            )
        image.refresh_from_db()
        return image

    return make


# 1. Upload validation

REFUSED = {
    "not_an_image": {
        "fr": "Ce fichier n'est pas une image JPEG, PNG ou WebP.",
        "de": "Diese Datei ist kein JPEG-, PNG- oder WebP-Bild.",
    },
    "damaged": {
        "fr": "L'image est endommagée ou incomplète",
        "de": "Das Bild ist beschädigt oder unvollständig",
    },
    "too_many_pixels": {
        "fr": "L'image a trop de pixels : 40 mégapixels au plus sont acceptés.",
        "de": "Das Bild hat zu viele Pixel: höchstens 40 Megapixel werden angenommen.",
    },
    "too_large": {"fr": "Le fichier est trop volumineux", "de": "Die Datei ist zu groß"},
    "too_costly_to_decode": {
        "fr": "L'image occuperait trop de mémoire une fois décodée",
        "de": "Das Bild würde entpackt zu viel Speicher belegen",
    },
}

BAD_UPLOADS = {
    "svg with a script": ("logo.svg", lambda: SVG_WITH_SCRIPT, "image/svg+xml", "not_an_image"),
    "svg named .png": ("logo.png", lambda: SVG_WITH_SCRIPT, "image/png", "not_an_image"),
    "html named .jpg": ("photo.jpg", lambda: HTML_PAGE, "image/jpeg", "not_an_image"),
    "text named .png": ("photo.png", lambda: b"Ceci n'est pas une image.", "image/png", "not_an_image"),
    "gif": ("anim.gif", lambda: plain("GIF", (64, 48)), "image/gif", "not_an_image"),
    "bmp": ("scan.bmp", lambda: plain("BMP", (64, 48)), "image/bmp", "not_an_image"),
    "tiff": ("scan.tif", lambda: plain("TIFF", (64, 48)), "image/tiff", "not_an_image"),
    "truncated png": ("cut.png", lambda: encoded(noise((120, 120)), "PNG")[:20_000], "image/png", "damaged"),
    "decompression bomb": ("bomb.png", lambda: png_declaring(30_000, 30_000), "image/png", "too_many_pixels"),
    # Within Pillow's own limit but over the site's: refused from the header, before any pixel is
    # decoded (decoding the missing pixels would have found the file damaged instead).
    "over the pixel limit": ("big.png", lambda: png_declaring(7_000, 7_000), "image/png", "too_many_pixels"),
    "over the size limit": ("big.png", lambda: encoded(noise((200, 200)), "PNG"), "image/png", "too_large"),
    # 36 megapixels, under the pixel limit, but 16-bit RGB: 216 MB of samples to inflate.
    "16-bit over the memory limit": (
        "deep.png",
        lambda: png_declaring(6_000, 6_000, bit_depth=16, colour_type=2),
        "image/png",
        "too_costly_to_decode",
    ),
}


@pytest.mark.parametrize("language", ["fr", "de"])
@pytest.mark.parametrize("case", BAD_UPLOADS)
def test_a_bad_upload_is_refused_with_a_message_in_the_editors_language_and_nothing_stored(
    admin_client, settings, case, language
):
    settings.IMAGE_MAX_UPLOAD_BYTES = 60_000
    name, content, content_type, refusal = BAD_UPLOADS[case]
    response = upload(admin_client, name, content(), content_type, language=language)
    assert response.status_code == 200, "the form is shown again"
    assert REFUSED[refusal][language] in html.unescape(response.content.decode())
    assert not Image.objects.exists()
    assert stored_files(settings) == []
    assert ImageFile.LOAD_TRUNCATED_IMAGES is False


def test_pillows_decompression_bomb_warning_is_a_refusal_too(admin_client, settings, monkeypatch):
    # Pillow warns above MAX_IMAGE_PIXELS and refuses only above twice as many.
    monkeypatch.setattr(PillowImage, "MAX_IMAGE_PIXELS", 10_000)
    response = upload(admin_client, "warned.png", plain("PNG", (150, 100)), "image/png")
    assert REFUSED["too_many_pixels"]["fr"] in html.unescape(response.content.decode())
    assert not Image.objects.exists() and stored_files(settings) == []


def test_the_size_limits_are_settings(admin_client, settings):
    settings.IMAGE_MAX_PIXELS = 2_000_000
    response = upload(admin_client, "large.png", plain("PNG", (1500, 1400)), "image/png")
    assert "2 mégapixels au plus" in html.unescape(response.content.decode())
    settings.IMAGE_MAX_PIXELS = 40_000_000
    settings.IMAGE_MAX_UPLOAD_BYTES = 100
    response = upload(admin_client, "small.png", plain("PNG", (150, 100)), "image/png")
    assert REFUSED["too_large"]["fr"] in html.unescape(response.content.decode())
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    "bit_depth,colour_type,mode,bytes_per_pixel",
    [(8, 0, "L", 1), (16, 0, "I;16", 2), (8, 2, "RGB", 3), (16, 2, "RGB", 6), (8, 6, "RGBA", 4), (16, 6, "RGBA", 8)],
)
def test_the_decoded_size_counts_the_bands_and_the_bit_depth_of_the_file(bit_depth, colour_type, mode, bytes_per_pixel):
    with PillowImage.open(io.BytesIO(png_declaring(100, 50, bit_depth, colour_type))) as header_only:
        assert header_only.mode == mode
        assert images.decoded_bytes(header_only) == 100 * 50 * bytes_per_pixel


def test_an_image_too_costly_to_decode_is_refused_before_any_pixel_is_decoded(admin_client, settings, monkeypatch):
    loads = []
    original_load = ImageFile.ImageFile.load
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda image: loads.append(image) or original_load(image))
    # The same size in 8 bits a channel is within the limit: its (missing) pixels are then decoded.
    response = upload(admin_client, "flat.png", png_declaring(6_000, 6_000, bit_depth=8, colour_type=2), "image/png")
    assert REFUSED["damaged"]["fr"] in html.unescape(response.content.decode()) and len(loads) == 1
    loads.clear()
    response = upload(admin_client, "deep.png", png_declaring(6_000, 6_000, bit_depth=16, colour_type=2), "image/png")
    page = html.unescape(response.content.decode())
    assert "L'image occuperait trop de mémoire une fois décodée (206,0\xa0Mo, 152,6\xa0Mo au plus)" in page
    assert loads == [], "refused from the header"
    assert not Image.objects.exists() and stored_files(settings) == []


def test_the_decoded_size_limit_is_a_setting(admin_client, settings):
    settings.IMAGE_MAX_DECODED_BYTES = 100 * 100 * 3 - 1
    response = upload(admin_client, "small.png", plain("PNG", (100, 100)), "image/png")
    assert REFUSED["too_costly_to_decode"]["fr"] in html.unescape(response.content.decode())
    settings.IMAGE_MAX_DECODED_BYTES = 100 * 100 * 3
    assert upload(admin_client, "small.png", plain("PNG", (100, 100)), "image/png").status_code == 302


@pytest.mark.parametrize(
    "name,content,extension",
    [
        ("photo.html", plain("PNG", (120, 90)), ".png"),
        ("photo.png", plain("JPEG", (120, 90)), ".jpg"),
        ("photo.svg", plain("WEBP", (120, 90)), ".webp"),
        (".htaccess", plain("PNG", (120, 90)), ".png"),
    ],
)
def test_an_image_is_stored_with_the_extension_of_its_real_format(admin_client, name, content, extension):
    # A file that is both an image and a web page would otherwise be served as a page.
    assert upload(admin_client, name, content, "text/html").status_code == 302
    stored = Image.objects.get().file.name
    assert stored.startswith("images/") and stored.endswith(extension)
    assert not Path(stored).name.startswith(".")


# What is stored: the original without its metadata

XMP_NAMESPACE = "http://ns.adobe.com/xap/1.0/"
XMP_PACKET = (
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    f'<rdf:Description xmlns:xmp="{XMP_NAMESPACE}" xmp:CreatorTool="Appareil de Jeanne"/>'
    '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
)
SECRET = b"Appareil de Jeanne"


def private_exif(orientation=1):
    exif = PillowImage.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = SECRET.decode()  # Make
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (45.0, 50.0, 0.0)  # GPSLatitudeRef, GPSLatitude
    return exif.tobytes()


def with_private_data(image_format, size=(800, 400), orientation=1):
    picture = quadrants(size)
    if image_format == "PNG":
        text = PngImagePlugin.PngInfo()
        text.add_text("Author", SECRET.decode())
        text.add_itxt("XML:com.adobe.xmp", XMP_PACKET)
        return encoded(picture, "PNG", pnginfo=text, exif=private_exif(orientation))
    return encoded(picture, image_format, exif=private_exif(orientation), xmp=XMP_PACKET.encode(), comment=SECRET)


MARKERS = {"JPEG": [b"Exif\x00\x00"], "PNG": [b"eXIf", b"tEXt", b"iTXt"], "WEBP": [b"EXIF", b"XMP "]}


def assert_without_private_data(stored, image_format):
    raw = stored.read()
    for marker in (SECRET, XMP_NAMESPACE.encode(), *MARKERS[image_format]):
        assert marker not in raw, marker
    with PillowImage.open(io.BytesIO(raw)) as picture:
        assert picture.format == image_format
        assert dict(picture.getexif()) == {}
        assert not {"exif", "xmp", "XML:com.adobe.xmp", "Author", "comment"} & set(picture.info)


def store_as_the_demo_does(content, name):
    image = Image(title="Pont", alt_text_fr="Le pont Saint-Étienne")
    image.file.save(name, ContentFile(content), save=False)
    image.save()
    return image


WAYS_IN = {
    "admin": lambda client, content, name: upload(client, name, content) and Image.objects.get(),
    "script": lambda client, content, name: Image.objects.create(
        title="Pont", alt_text_fr="Le pont", file=ContentFile(content, name=name)
    ),
    "demo": lambda client, content, name: store_as_the_demo_does(content, name),
}


@pytest.mark.parametrize("way_in", WAYS_IN)
@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_the_stored_original_keeps_no_exif_xmp_gps_or_text(admin_client, way_in, image_format):
    content = with_private_data(image_format)
    for marker in (SECRET, XMP_NAMESPACE.encode(), *MARKERS[image_format]):
        assert marker in content, "the upload does carry them"
    image = WAYS_IN[way_in](admin_client, content, f"pont.{image_format.lower()}")
    with image.file.open("rb") as stored:
        assert_without_private_data(stored, image_format)
    with image.file.open("rb") as stored, PillowImage.open(stored) as picture:
        picture = picture.convert("RGB")
        assert picture.size == (800, 400) and nearest_colour(picture.getpixel((100, 100))) == "red"


def test_the_stored_original_is_turned_as_the_camera_was_and_keeps_its_colour_profile(admin_client):
    colour_profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    exif = private_exif(orientation=6)  # the camera was turned: shown rotated 90° clockwise
    response = upload(admin_client, "portrait.jpg", plain("JPEG", (800, 400), exif=exif, icc_profile=colour_profile))
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (400, 800)
    with image.file.open("rb") as stored, PillowImage.open(stored) as picture:
        assert picture.size == (400, 800)
        assert picture.info["icc_profile"] == colour_profile
        assert dict(picture.getexif()) == {}, "no orientation left to apply twice"


def test_a_png_stays_lossless_and_keeps_its_transparent_colour(make_image):
    palette = PillowImage.new("P", (60, 40))
    palette.putpalette([0, 0, 0, 255, 0, 0])
    palette.paste(1, (30, 0, 60, 40))
    image = make_image(encoded(palette, "PNG", transparency=0), name="logo.png")
    with image.file.open("rb") as stored, PillowImage.open(stored) as picture:
        assert picture.mode == "P" and picture.info["transparency"] == 0
        assert picture.getpixel((10, 10)) == 0 and picture.getpixel((50, 10)) == 1


# 2. Renditions


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_an_uploaded_image_gets_webp_renditions_of_the_full_image_and_of_the_card_crop(
    admin_client, settings, django_capture_on_commit_callbacks, image_format
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(admin_client, "pont.img", plain(image_format, (1000, 750)), "image/whatever")
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (1000, 750)

    full, card = image.renditions["full"], image.renditions["card"]
    # Never wider than the original: the steps below it, then the original width.
    assert [copy["width"] for copy in full] == [320, 640, 960, 1000]
    assert [copy["width"] for copy in card] == [320, 480, 640, 960]
    for copy in full + card:
        picture = open_rendition(copy)
        assert picture.format == "WEBP"
        assert picture.size == (copy["width"], copy["height"])
        assert copy["name"].startswith(f"renditions/{image.pk}/")
    assert [copy["height"] for copy in full] == [240, 480, 720, 750]
    for copy in card:
        assert copy["width"] / copy["height"] == pytest.approx(16 / 9, rel=0.01)
    # Nothing else was written: the original and its renditions.
    assert len(stored_files(settings)) == 1 + len(full) + len(card)


def test_an_image_shown_twice_works_its_addresses_out_once_until_its_renditions_change(make_image, monkeypatch):
    image = make_image(plain("PNG", (1000, 750)))
    addresses = []
    monkeypatch.setattr(default_storage, "url", lambda name: addresses.append(name) or f"/media/{name}")
    first = images.renditions_of(image, images.FULL)
    assert images.renditions_of(image, images.FULL) == first and images.rendition(image, images.FULL, 640) in first
    assert len(addresses) == len(image.renditions["full"])  # once per copy, not once per use
    image.renditions = {**image.renditions, "full": image.renditions["full"][:1]}  # as refresh_from_db() does
    assert images.renditions_of(image, images.FULL) == first[:1]
    assert len(addresses) == len(first) + 1


def test_a_small_image_is_never_enlarged(make_image):
    image = make_image(plain("PNG", (200, 150)))
    assert [(copy["width"], copy["height"]) for copy in image.renditions["full"]] == [(200, 150)]
    assert [(copy["width"], copy["height"]) for copy in image.renditions["card"]] == [(200, 112)]


def test_renditions_follow_the_camera_orientation_and_carry_no_exif(make_image):
    exif = PillowImage.Exif()
    exif[0x0112] = 6  # Orientation: the camera was turned; the picture is shown rotated 90° clockwise.
    exif[0x010F] = "Appareil"  # Make
    exif.get_ifd(0x8825)[2] = (45.0, 50.0, 0.0)  # GPS latitude
    image = make_image(plain("JPEG", (800, 400), exif=exif.tobytes()), name="portrait.jpg")
    largest = open_rendition(image.renditions["full"][-1])
    assert largest.size == (400, 800)
    assert dict(largest.getexif()) == {} and "exif" not in largest.info and "xmp" not in largest.info


def test_images_of_every_colour_mode_get_renditions(make_image):
    pictures = {
        "palette with transparency.png": encoded(PillowImage.new("P", (50, 40)), "PNG", transparency=0),
        "grey 16 bits.png": encoded(PillowImage.new("I;16", (50, 40), 40_000), "PNG"),
        "cmyk.jpg": encoded(PillowImage.new("CMYK", (50, 40), (0, 80, 80, 0)), "JPEG"),
        "transparent.webp": encoded(PillowImage.new("RGBA", (50, 40), (0, 0, 255, 128)), "WEBP"),
    }
    for name, content in pictures.items():
        image = make_image(content, name=name)
        assert open_rendition(image.renditions["full"][0]).size == (50, 40), name
    transparent = open_rendition(Image.objects.get(file__endswith=".webp").renditions["card"][0])
    assert transparent.mode == "RGBA"


@pytest.mark.parametrize(
    "size,focal_point,expected",
    [
        # A square image: the 16:9 crop moves up and down.
        ((800, 800), (10, 10), "red"),
        ((800, 800), (90, 90), "blue"),
        # A panorama: the crop moves left and right.
        ((1600, 400), (5, 50), "red"),
        ((1600, 400), (95, 50), "green"),
    ],
)
def test_the_card_crop_keeps_the_focal_point_in_view(make_image, size, focal_point, expected):
    image = make_image(encoded(quadrants(size), "PNG"), focal_x=focal_point[0], focal_y=focal_point[1])
    crop = open_rendition(image.renditions["card"][-1]).convert("RGB")
    # The crop's upper-left area is where the focal point's quadrant should show.
    assert nearest_colour(crop.getpixel((crop.width // 4, crop.height // 4))) == expected


def test_moving_the_focal_point_in_the_admin_remakes_only_the_card_crops(
    admin_client, make_image, django_capture_on_commit_callbacks, settings
):
    image = make_image(encoded(quadrants((800, 800)), "PNG"), focal_x=50, focal_y=5)
    before = image.renditions
    url = f"/fr/admin/relations/image/{image.pk}/change/"
    data = form_data(admin_client.get(url), "image_form")
    data.update(focal_x="50", focal_y="95")
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(url, data).status_code == 302
    image.refresh_from_db()
    assert image.renditions["full"] == before["full"], "the addresses of the full-size copies stay"
    assert image.renditions["card"] != before["card"]
    crop = open_rendition(image.renditions["card"][0]).convert("RGB")
    assert nearest_colour(crop.getpixel((crop.width // 4, crop.height // 4))) == "blue"
    media = Path(settings.MEDIA_ROOT)
    assert not any((media / copy["name"]).exists() for copy in before["card"])


def test_replacing_the_file_replaces_the_renditions_and_deletes_the_old_ones(
    admin_client, make_image, django_capture_on_commit_callbacks, settings
):
    image = make_image(plain("PNG", (1000, 750), "red"))
    old_names = [copy["name"] for kind in ("full", "card") for copy in image.renditions[kind]]
    url = f"/fr/admin/relations/image/{image.pk}/change/"
    data = form_data(admin_client.get(url), "image_form")
    data["file"] = SimpleUploadedFile("nouveau.jpg", plain("JPEG", (700, 500), "blue"), "image/jpeg")
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(url, data).status_code == 302
    image.refresh_from_db()
    media = Path(settings.MEDIA_ROOT)
    assert not any((media / name).exists() for name in old_names)
    assert [copy["width"] for copy in image.renditions["full"]] == [320, 640, 700]
    assert all((media / copy["name"]).exists() for copy in image.renditions["full"] + image.renditions["card"])
    assert image.renditions["source"] == image.file.name
    assert nearest_colour(open_rendition(image.renditions["full"][0]).getpixel((5, 5))) == "blue"


def test_deleting_an_image_deletes_its_renditions(
    admin_client, make_image, django_capture_on_commit_callbacks, settings
):
    image = make_image(plain("PNG", (700, 500)))
    names = [copy["name"] for kind in ("full", "card") for copy in image.renditions[kind]]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/fr/admin/relations/image/{image.pk}/delete/", {"post": "yes"})
    assert response.status_code == 302 and not Image.objects.exists()
    assert not any((Path(settings.MEDIA_ROOT) / name).exists() for name in names)


def test_an_image_restored_from_the_history_gets_its_renditions_again(
    make_image, django_capture_on_commit_callbacks, settings
):
    # django-reversion restores a version with a raw save, which does not call Image.save().
    image = make_image(plain("PNG", (700, 500), "red"))
    version = serializers.serialize("json", [image])
    with django_capture_on_commit_callbacks(execute=True):
        image.file = ContentFile(plain("PNG", (700, 500), "blue"), name="bleu.png")
        image.save()
    with django_capture_on_commit_callbacks(execute=True):
        for restored in serializers.deserialize("json", version):
            restored.save()
    image.refresh_from_db()
    assert image.file.name.endswith(".png") and "bleu" not in image.file.name
    copies = image.renditions["full"] + image.renditions["card"]
    assert all((Path(settings.MEDIA_ROOT) / copy["name"]).exists() for copy in copies)
    assert nearest_colour(open_rendition(image.renditions["full"][0]).getpixel((5, 5))) == "red"


def test_an_image_without_renditions_gets_them_at_its_next_save(make_image, django_capture_on_commit_callbacks):
    # Images saved before renditions existed, or whose renditions could not be made.
    image = make_image(plain("PNG", (700, 500)))
    Image.objects.filter(pk=image.pk).update(renditions={})
    image.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        image.save()
    assert [copy["width"] for copy in Image.objects.get(pk=image.pk).renditions["full"]] == [320, 640, 700]


# 3. The picture tag


def render(template, image):
    return Template("{% load relations_tags %}" + template).render(Context({"image": image}))


def test_a_card_picture_offers_its_renditions_with_its_size_and_alternative_text(make_image):
    image = make_image(plain("PNG", (1000, 750)), alt_text_de="Die Brücke Saint-Étienne")
    with translation.override("de"):
        tag = render('{% picture image "card" css_class="card__image" %}', image)
    card = image.renditions_of("card")
    srcset = ", ".join(f"{copy['url']} {copy['width']}w" for copy in card)
    assert f'srcset="{srcset}"' in tag
    assert 'sizes="(min-width: 74rem) 23rem, ' in tag
    assert f'width="{card[-1]["width"]}" height="{card[-1]["height"]}"' in tag
    assert f'src="{card[2]["url"]}"' in tag  # the 640 px copy for browsers without srcset
    assert 'alt="Die Brücke Saint-Étienne"' in tag and "lang=" not in tag
    assert 'class="card__image"' in tag and 'loading="lazy"' in tag and 'decoding="async"' in tag
    assert image.file.url not in tag, "the original file is not served"


def test_an_untranslated_alternative_text_is_the_french_one_marked_as_french(make_image):
    image = make_image(plain("PNG", (400, 300)))
    with translation.override("en"):
        tag = render('{% picture image "full" %}', image)
    assert 'alt="Le pont Saint-Étienne" lang="fr"' in tag


def test_the_detail_page_figure_is_the_whole_image_fetched_at_once(make_image):
    image = make_image(plain("PNG", (1000, 750)))
    tag = render('{% picture image "full" lazy=False %}', image)
    assert "1000w" in tag and 'width="1000" height="750"' in tag
    assert 'sizes="(min-width: 50rem) 48rem, calc(100vw - 2rem)"' in tag
    assert "loading=" not in tag


def test_an_image_without_renditions_shows_its_original_file(make_image):
    image = make_image(plain("PNG", (400, 300)))
    Image.objects.filter(pk=image.pk).update(renditions={})
    image.refresh_from_db()
    tag = render('{% picture image "card" %}', image)
    assert f'src="{image.file.url}"' in tag and 'width="400" height="300"' in tag and "srcset" not in tag


def test_showing_a_picture_costs_no_query(make_image, django_assert_num_queries):
    image = make_image(plain("PNG", (400, 300)))
    with django_assert_num_queries(0):
        render('{% picture image "card" %}{% picture image "full" %}', image)


def test_pages_show_the_renditions(client, furth, make_image):
    furth.image = make_image(plain("JPEG", (1000, 750)), name="furth.jpg", alt_text_de="Das Rathaus von Fürth")
    furth.status = PublicationStatus.PUBLISHED
    furth.save()
    with translation.override("de"):
        detail = client.get(furth.get_absolute_url()).content.decode()
        listing = client.get(reverse("relations:city_list")).content.decode()
    hero = detail[detail.index('<figure class="detail__figure">') :]
    hero = hero[: hero.index(">", hero.index("<img")) + 1]
    assert re.search(r"-full-1000-[0-9a-f]{12}\.webp 1000w", hero)
    assert 'alt="Das Rathaus von Fürth"' in hero and "loading" not in hero
    card = listing[listing.index('class="card__image"') - 600 : listing.index('class="card__image"') + 200]
    assert re.search(r"-card-960-[0-9a-f]{12}\.webp 960w", card) and 'loading="lazy"' in card


class StorageBehindACdn(FileSystemStorage):
    """Files on this machine, at absolute addresses on another host, as S3 with a custom domain gives."""

    def url(self, name):
        return f"https://media.example.org/{name}"


def og_image(page):
    """The Open Graph properties of the image in a page's head."""
    head = page[: page.index("</head>")]
    return {
        name: html.unescape(value)
        for name, value in re.findall(r'<meta property="og:image(:?[a-z]*)" content="([^"]*)">', head)
    }


@pytest.mark.parametrize("storage", ["local", "cdn"])
def test_a_page_shares_the_1200_px_rendition_at_an_absolute_address(client, settings, furth, make_image, storage):
    if storage == "cdn":
        settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "tests.test_images.StorageBehindACdn"}}
    furth.image = make_image(plain("JPEG", (1600, 900)), name="furth.jpg", alt_text_fr="L'hôtel de ville de Fürth")
    furth.save()
    page = client.get(furth.get_absolute_url()).content.decode()
    shared = furth.image.rendition("full", 1200)
    assert shared["width"] == 1280, "the narrowest copy at least 1200 px wide"
    address = {
        "local": f"http://testserver/media/{shared['name']}",
        "cdn": f"https://media.example.org/{shared['name']}",
    }
    assert og_image(page) == {
        "": address[storage],
        ":type": "image/webp",
        ":width": "1280",
        ":height": "720",
        ":alt": "L'hôtel de ville de Fürth",
    }
    assert furth.image.file.name not in page, "the original file is linked nowhere"


def test_a_page_shares_no_image_before_its_renditions_exist(client, furth):
    furth.image = Image.objects.create(title="Fürth", file=ContentFile(plain("PNG"), name="furth.png"), alt_text_fr="F")
    furth.save()
    page = client.get(furth.get_absolute_url()).content.decode()
    assert og_image(page) == {} and furth.image.file.name not in page[: page.index("</head>")]


# 4. The admin


def test_the_admin_shows_renditions_and_the_focal_point_picker(admin_client, make_image):
    image = make_image(plain("PNG", (1000, 750)))
    listing = admin_client.get("/fr/admin/relations/image/").content.decode()
    assert image.renditions_of("card")[0]["url"] in listing
    assert image.file.url not in listing
    change = admin_client.get(f"/fr/admin/relations/image/{image.pk}/change/").content.decode()
    picker = change[change.index('<div class="focal-point-picker">') :]
    assert picker.startswith(f'<div class="focal-point-picker"><img src="{image.rendition("full", 640)["url"]}"')
    assert re.search(r"-card-320-[0-9a-f]{12}\.webp", picker), "the card crop is shown below"
    assert "/static/admin/js/focal-point.js" in change and "/static/admin/css/focal-point.css" in change
    # The numeric fields stay, for the keyboard and without the script.
    assert 'name="focal_x"' in change and 'name="focal_y"' in change


def test_the_image_library_for_the_rich_text_editor_is_for_staff_only(
    client, admin_client, make_image, staff_member, django_user_model
):
    image = make_image(plain("PNG", (1500, 1000)), title="Pont Saint-Étienne")
    url = reverse("admin:relations_image_library")
    assert url == "/fr/admin/relations/image/library.json"

    library = admin_client.get(url)
    assert library["Content-Type"] == "application/json"
    assert library.json() == [{"title": "Pont Saint-Étienne", "value": image.rendition("full", 960)["url"]}]
    assert re.search(r"-full-960-[0-9a-f]{12}\.webp$", library.json()[0]["value"])

    assert client.get(url).status_code == 302, "anonymous visitors are sent to the login page"
    client.force_login(django_user_model.objects.create_user("visiteur", password="unused-in-tests"))
    assert client.get(url).status_code == 302, "accounts without staff access too"
    client.force_login(django_user_model.objects.create_user("stagiaire", password="unused-in-tests", is_staff=True))
    assert client.get(url).status_code == 403, "staff who may not see the images"
    client.force_login(staff_member("translators"))
    assert client.get(url).json()[0]["title"] == "Pont Saint-Étienne"


@pytest.mark.slow  # loads the demo twice, with the renditions of its 17 images
def test_demo_images_get_renditions_again_when_the_media_folder_was_emptied(
    django_capture_on_commit_callbacks, settings
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    image = Image.objects.first()
    assert [copy["width"] for copy in image.renditions["full"]] == [320, 640, 960, 1200]
    shutil.rmtree(settings.MEDIA_ROOT)
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", verbosity=0)
    image.refresh_from_db()
    assert image.file.storage.exists(image.file.name)
    assert all(open_rendition(copy).format == "WEBP" for copy in image.renditions["full"] + image.renditions["card"])


def test_a_page_cached_before_the_renditions_exist_is_renewed_when_they_are_made(
    client, settings, furth, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 600
    image = Image.objects.create(title="Fürth", file=ContentFile(plain("PNG"), name="furth.png"), alt_text_fr="Fürth")
    furth.image = image
    furth.save()
    with django_capture_on_commit_callbacks(execute=True):
        pass  # the test's own saves are never committed: the cache keeps its generation
    url = furth.get_absolute_url()
    assert "srcset" not in client.get(url).content.decode()  # the original, now in the page cache
    image.update_renditions()
    assert "srcset" in client.get(url).content.decode()


# 5. Caching of the media files


@pytest.fixture
def media_served_by_django(settings):
    """Production settings on a single machine (make serve-prod): Django serves the media itself."""
    settings.DEBUG = False
    settings.SERVE_MEDIA = True
    try:
        importlib.reload(limoges_site.urls)
        clear_url_caches()
        yield
    finally:
        settings.SERVE_MEDIA = False
        importlib.reload(limoges_site.urls)
        clear_url_caches()


def test_django_serves_renditions_for_a_year_and_originals_for_a_day(client, make_image, media_served_by_django):
    image = make_image(plain("PNG", (700, 500)))
    for copy in image.renditions["full"] + image.renditions["card"]:
        response = client.get(image.file.storage.url(copy["name"]))
        assert response.status_code == 200 and response["Content-Type"] == "image/webp"
        assert response["Cache-Control"] == "public, max-age=31536000, immutable"
    response = client.get(image.file.url)
    assert response.status_code == 200 and response["Cache-Control"] == "public, max-age=86400"
    # The address of an original through the renditions' folder is the original's.
    response = client.get(f"/media/renditions/../{image.file.name}")
    assert response.status_code == 200 and response["Cache-Control"] == "public, max-age=86400"


def test_a_rendition_made_again_never_takes_the_name_of_a_former_one(make_image, django_capture_on_commit_callbacks):
    # Browsers keep a rendition for a year: a name must not come back with other pixels, as it
    # would when the focal point moves twice (the first name is free again after the first move).
    image = make_image(encoded(quadrants((800, 800)), "PNG"), focal_x=50, focal_y=5)
    names = {}
    for focal_y in (95, 50, 5):
        before = image.renditions["card"]
        names.update({copy["name"]: open_rendition(copy).tobytes() for copy in before})
        image.focal_y = focal_y
        with django_capture_on_commit_callbacks(execute=True):
            image.save()
        for copy in image.renditions["card"]:
            assert names.get(copy["name"], open_rendition(copy).tobytes()) == open_rendition(copy).tobytes()


def test_s3_objects_carry_the_same_lifetimes(settings):
    storage = MediaStorage(bucket_name="limoges-media")
    assert storage.get_object_parameters("renditions/3/pont-full-320-0a1b2c3d4e5f.webp") == {
        "CacheControl": "public, max-age=31536000, immutable"
    }
    assert storage.get_object_parameters("images/2026/11/pont.jpg") == {"CacheControl": "public, max-age=86400"}
    settings.AWS_S3_OBJECT_PARAMETERS = {"ContentDisposition": "inline"}
    in_a_folder = MediaStorage(bucket_name="limoges-media", location="media")
    assert in_a_folder.get_object_parameters("media/renditions/3/pont-card-320-0a1b2c3d4e5f.webp") == {
        "ContentDisposition": "inline",
        "CacheControl": "public, max-age=31536000, immutable",
    }
