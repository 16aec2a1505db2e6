"""The images of the shared library: what an upload must be, and the resized copies the site serves.

An upload is accepted only when Pillow decodes it in full as a JPEG, PNG or WebP image of a
reasonable size (validate_upload); it is stored with the extension of the format found in it, so
that a file made to be both an image and a web page is never served as a page.

The uploaded file itself is stored re-encoded from its decoded pixels (without_metadata): its
EXIF and XMP data (camera, date, GPS position), text chunks and comments are left behind, and so
are any bytes a crafted file hides after its image data. The site shows renditions rather than that
file: WebP copies at a few widths, named after their content, so that browsers and a CDN may keep
them for a year (cache_control).

The whole life of an image's files is here: the upload check, the field that stores the file
without its metadata, the renditions, their storage, their deletion, and the signals that keep them
in step with the library. The Image model (relations/models/library.py) declares its row and calls
these functions from thin methods. Why here rather than on the model: the signals must live outside
it anyway (the admin deletes images in bulk, django-reversion restores rows raw, and neither calls
the model's methods), and Pillow, storage and after-commit work are better read, and tested,
together than spread over the models every module imports. This module imports no model and no
cache: when an image gets new renditions it sends `renditions_changed`, which the page cache
(relations/cache.py) listens to.
"""

import hashlib
import io
import logging
import warnings
from contextlib import contextmanager
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models.fields.files import ImageFieldFile
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image as PillowImage
from PIL import ImageMode, ImageOps, UnidentifiedImageError

logger = logging.getLogger(__name__)

# Sent with the Image (as instance) once its renditions were replaced by an UPDATE, which sends no
# post_save: the pages cached with the former copies or the original file are out of date.
renditions_changed = Signal()

# The formats Pillow may even try to read an upload as, and the extension each is stored with.
# Camera JPEGs holding several pictures (MPO) are read by the JPEG decoder and are JPEG files.
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
EXTENSIONS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp"}

DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024
DEFAULT_MAX_PIXELS = 40_000_000
# What the decoded pixels may take in memory: 40 megapixels of RGBA, or of RGB at 8 bits a channel
# with room to spare, but only about 27 megapixels of 16-bit RGB, which is also slower to inflate.
DEFAULT_MAX_DECODED_BYTES = 160_000_000
# The original is re-encoded once, from pixels that are shown again only through renditions.
JPEG_QUALITY = 95

FULL = "full"
CARD = "card"
RENDITION_KINDS = (FULL, CARD)
# Widths of the copies; a copy is never wider than its source (see rendition_widths).
RENDITION_WIDTHS = {
    # The detail page figure is at most 48rem (768 px) wide: up to twice that for dense screens.
    FULL: (320, 640, 960, 1280, 1920),
    # A card is 17 to 36rem wide depending on the screen (three, two or one a row).
    CARD: (320, 480, 640, 960),
}
# .card__image { aspect-ratio: 16 / 9 } in static/css/site.css
CARD_ASPECT_RATIO = 16 / 9
RENDITIONS_FOLDER = "renditions/"
WEBP_QUALITY = 80
# What the rich-text editor inserts: about the width of the text column (48rem) on most screens.
LIBRARY_WIDTH = 960
# The copy shared with a link (og:image): social networks show 1200 px wide previews at most.
SHARED_WIDTH = 1200

# How long browsers and a CDN keep a media file (the storage's and Django's media responses).
# A rendition's name holds a digest of its content; an original's name is never given to another
# file while it exists, but could be once it is deleted by hand.
RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"
ORIGINAL_CACHE_CONTROL = "public, max-age=86400"


def max_upload_bytes():
    return getattr(settings, "IMAGE_MAX_UPLOAD_BYTES", DEFAULT_MAX_UPLOAD_BYTES)


def max_pixels():
    return getattr(settings, "IMAGE_MAX_PIXELS", DEFAULT_MAX_PIXELS)


def max_decoded_bytes():
    return getattr(settings, "IMAGE_MAX_DECODED_BYTES", DEFAULT_MAX_DECODED_BYTES)


def decoded_bytes(picture):
    """What the pixels of an opened image take once decoded, from its header alone: pixels × bands ×
    bytes a band. A 16-bit RGB PNG opens as "RGB" (8 bits a band once decoded), but its decoder
    inflates and unfilters 16-bit samples (raw mode "RGB;16B"): the wider of the two counts."""
    band_bytes = int(ImageMode.getmode(picture.mode).typestr[2:])
    for tile in picture.tile:
        rawmode = tile.args if isinstance(tile.args, str) else (tile.args or ("",))[0]
        if isinstance(rawmode, str) and ";16" in rawmode:
            band_bytes = max(band_bytes, 2)
    return picture.width * picture.height * len(picture.getbands()) * band_bytes


def too_many_pixels():
    return ValidationError(
        _(
            "The image has too many pixels: at most %(megapixels)s megapixels are accepted. "
            "Reduce it and upload it again."
        ),
        code="too_many_pixels",
        params={"megapixels": max_pixels() // 1_000_000},
    )


@contextmanager
def checked_image(source):
    """Opens a file as a JPEG, PNG or WebP image whose header announces a reasonable size, before
    any pixel is decoded; what goes wrong, there or while the caller decodes it, is a ValidationError."""
    try:
        # Pillow warns about an image larger than PIL.Image.MAX_IMAGE_PIXELS (and refuses one twice
        # as large): a warning is a refusal here too.
        with warnings.catch_warnings():
            warnings.simplefilter("error", PillowImage.DecompressionBombWarning)
            with PillowImage.open(source, formats=ACCEPTED_FORMATS) as image:
                # Only the header is read so far.
                if image.width * image.height > max_pixels():
                    raise too_many_pixels()
                if decoded_bytes(image) > max_decoded_bytes():
                    raise ValidationError(
                        _(
                            "The image would take too much memory once decoded (%(size)s, at most %(limit)s): "
                            "make it smaller, or save it with 8 bits per channel, and upload it again."
                        ),
                        code="too_costly_to_decode",
                        params={
                            "size": filesizeformat(decoded_bytes(image)),
                            "limit": filesizeformat(max_decoded_bytes()),
                        },
                    )
                yield image
    except ValidationError:
        raise
    except (PillowImage.DecompressionBombError, PillowImage.DecompressionBombWarning):
        raise too_many_pixels() from None
    except UnidentifiedImageError:
        raise ValidationError(
            _("This file is not a JPEG, PNG or WebP image. Other formats (SVG, GIF, BMP, TIFF…) are not accepted."),
            code="invalid_image",
        ) from None
    except Exception:
        # Whatever a decoder meets in a damaged file (OSError, SyntaxError, EOFError, ValueError…).
        raise ValidationError(
            _("The image is damaged or incomplete: it cannot be read to the end. Export it again and upload it."),
            code="damaged_image",
        ) from None


def validate_upload(upload):
    """Checks that an uploaded file is a whole JPEG, PNG or WebP image of a reasonable size, by
    decoding it; returns the format found ("JPEG", "PNG", "WEBP" or "MPO"). The file name and the
    content type the browser sent are not looked at: both are whatever the sender chose."""
    if upload.size > max_upload_bytes():
        raise ValidationError(
            _("The file is too large (%(size)s): an image of at most %(limit)s is accepted."),
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_upload_bytes())},
        )
    source = upload.temporary_file_path() if hasattr(upload, "temporary_file_path") else io.BytesIO(upload.read())
    try:
        with checked_image(source) as image:
            # Decoding every pixel catches a truncated or corrupted file (PIL.ImageFile.
            # LOAD_TRUNCATED_IMAGES stays off, so Pillow does not fill in what is missing).
            image.load()
            return image.format
    finally:
        upload.seek(0)


def without_metadata(content, name):
    """The image file re-encoded from its pixels alone, in its own format, named after that format:
    no EXIF, XMP or GPS data, no text chunk or comment, nothing after the image data.

    Re-encoding is the one way that leaves nothing behind whatever the format hides its metadata in;
    keeping the original in a private storage instead would take a second storage, and its file
    could still be linked by mistake. What the pixels mean is kept: the orientation the camera
    recorded is applied to them, and the colour profile (not personal, and colours depend on it)
    and a PNG's transparent colour stay. A PNG stays lossless; a JPEG or WebP is encoded again at a
    high quality, above that of the renditions made from it."""
    content.open("rb")
    with checked_image(content) as source:
        image_format = "JPEG" if source.format == "MPO" else source.format
        options = {key: source.info[key] for key in ("icc_profile", "transparency") if source.info.get(key) is not None}
        picture = ImageOps.exif_transpose(source)
    # The copy carries the source's info (EXIF, XMP, comments), which some encoders write by default.
    picture.info = {}
    if image_format in ("JPEG", "WEBP"):
        options["quality"] = JPEG_QUALITY
    buffer = io.BytesIO()
    picture.save(buffer, image_format, **options)
    return ContentFile(buffer.getvalue(), name=name_for_format(name, image_format))


class MetadataFreeImageFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        content = without_metadata(content, name)
        super().save(content.name, content, save)


class MetadataFreeImageField(models.ImageField):
    """An image field whose files are stored without their metadata (without_metadata). Every new
    file goes through FieldFile.save: the admin's uploads and a script's files assigned to the field
    when the model is saved, and the files an import saves on the field directly. A file that is not
    an image within the limits (checked_image) is refused there with a ValidationError. The demo's
    drawings, made without metadata, are stored as drawn (load_demo), and named after their bytes."""

    attr_class = MetadataFreeImageFieldFile


def name_for_format(name, image_format):
    """The uploaded file's name with the extension of the format found in it (photo.html → photo.png)."""
    stem = PurePosixPath(name).stem.lstrip(".") or "image"
    return f"{stem}.{EXTENSIONS[image_format]}"


# Renditions


def rendition_widths(source_width, steps):
    """The steps narrower than the source, then the source width itself up to the largest step:
    a copy is never enlarged, and there is always at least one."""
    largest = min(source_width, steps[-1])
    return [width for width in steps if width < largest] + [largest]


def card_crop_box(width, height, focal_x, focal_y):
    """The largest window of the cards' proportions inside the image, placed so that the focal
    point (in percent) is as near its centre as the edges of the image allow."""
    crop_width = min(width, round(height * CARD_ASPECT_RATIO))
    crop_height = min(height, round(width / CARD_ASPECT_RATIO))
    left = round(width * focal_x / 100 - crop_width / 2)
    top = round(height * focal_y / 100 - crop_height / 2)
    left = max(0, min(left, width - crop_width))
    top = max(0, min(top, height - crop_height))
    return (left, top, left + crop_width, top + crop_height)


def upright_pixels(field_file):
    """The stored image's first frame, turned the way the camera was held (EXIF orientation), in a
    mode WebP can hold, with its colour profile (not personal data, and colours depend on it)."""
    with field_file.open("rb"), PillowImage.open(field_file) as source:
        picture = ImageOps.exif_transpose(source)
        colour_profile = source.info.get("icc_profile")
    has_transparency = picture.mode in ("RGBA", "LA", "PA") or "transparency" in picture.info
    if picture.mode.startswith("I") or picture.mode == "F":
        # 16-bit greys (some PNGs): scaled down to 8 bits, which a plain conversion would clip instead.
        picture = picture.convert("I").point(lambda value: value / 256).convert("L")
    target_mode = "RGBA" if has_transparency else "RGB"
    if picture.mode != target_mode:
        picture = picture.convert(target_mode)
    return picture, colour_profile


def save_webp(picture, stem, colour_profile):
    """Stores the picture as WebP, named after the stem and a digest of its bytes (or a free name next
    to that); returns the stored name. Only the colour profile is written: no EXIF, no XMP.

    A name never stands for two different contents, even once its file is deleted and a copy made
    again (a focal point moved back): browsers and a CDN may keep a rendition for good."""
    buffer = io.BytesIO()
    picture.save(buffer, "WEBP", quality=WEBP_QUALITY, icc_profile=colour_profile or None)
    digest = hashlib.sha256(buffer.getvalue()).hexdigest()[:12]
    return default_storage.save(f"{stem}-{digest}.webp", ContentFile(buffer.getvalue()))


def make_renditions(image, kinds=RENDITION_KINDS):
    """Writes the WebP copies of an Image of the library; returns, for each kind, the list of copies
    ({"name", "width", "height"}, narrowest first) to keep in Image.renditions, or None when the
    stored file cannot be read (missing, or saved without going through validate_upload)."""
    try:
        picture, colour_profile = upright_pixels(image.file)
    except (OSError, ValueError, SyntaxError, PillowImage.DecompressionBombError):
        logger.exception("The renditions of image %s (%s) could not be made.", image.pk, image.file.name)
        return None
    stem = PurePosixPath(image.file.name).stem[:50]
    made = {}
    for kind in kinds:
        if kind == CARD:
            box = card_crop_box(picture.width, picture.height, image.focal_x, image.focal_y)
        else:
            box = (0, 0, picture.width, picture.height)
        box_width, box_height = box[2] - box[0], box[3] - box[1]
        made[kind] = []
        for width in rendition_widths(box_width, RENDITION_WIDTHS[kind]):
            height = max(1, round(width * box_height / box_width))
            # reducing_gap: a fast first reduction, then Lanczos on the last steps (no visible loss).
            copy = picture.resize((width, height), PillowImage.Resampling.LANCZOS, box=box, reducing_gap=3.0)
            name = save_webp(copy, f"{RENDITIONS_FOLDER}{image.pk}/{stem}-{kind}-{width}", colour_profile)
            made[kind].append({"name": name, "width": width, "height": height})
    return made


def rendition_names(renditions):
    return {copy["name"] for kind in RENDITION_KINDS for copy in (renditions or {}).get(kind, [])}


def delete_files(names):
    for name in names:
        default_storage.delete(name)


def renditions_are_outdated(image):
    made_from = (image.renditions.get("source"), image.renditions.get("focal_point"))
    return bool(image.file) and made_from != (image.file.name, [image.focal_x, image.focal_y])


def update_renditions(image, check_files=False):
    """Makes the renditions again when the file or the focal point changed since they were made
    (or, with check_files, when one of their files is missing), then deletes the replaced ones.

    When only the focal point moved, only the card crops are made again: the full-size copies,
    whose addresses the bodies' rich text may hold, stay."""
    previous = image.renditions or {}
    if not image.file:
        return
    if previous.get("source") != image.file.name:
        kinds = RENDITION_KINDS
    elif check_files and not all(default_storage.exists(name) for name in rendition_names(previous)):
        kinds = RENDITION_KINDS
    elif previous.get("focal_point") != [image.focal_x, image.focal_y]:
        kinds = [CARD]
    else:
        return
    made = make_renditions(image, kinds)
    if made is None:
        # Pages show the original file, and the next save tries again.
        renditions = {}
    else:
        kept = {kind: previous[kind] for kind in RENDITION_KINDS if kind in previous and kind not in kinds}
        renditions = {**kept, **made, "source": image.file.name, "focal_point": [image.focal_x, image.focal_y]}
    # An UPDATE of this column only: no new version in the history, no change of updated_at.
    type(image)._default_manager.filter(pk=image.pk).update(renditions=renditions)
    image.renditions = renditions
    renditions_changed.send(sender=type(image), instance=image)
    delete_files(rendition_names(previous) - rendition_names(renditions))


def renditions_of(image, kind):
    """The WebP copies of one kind ("full" or "card"), narrowest first, each with its address: worked
    out once per image and kind, however many times a page shows it (its srcset, its og:image, its
    width and height)."""
    # Kept with the renditions they were worked out from: new ones (update_renditions(),
    # refresh_from_db()) are worked out again.
    renditions, known = image.__dict__.get("_renditions_shown", (None, {}))
    if renditions is not image.renditions:
        known = {}
        image.__dict__["_renditions_shown"] = (image.renditions, known)
    if kind not in known:
        known[kind] = [{**copy, "url": default_storage.url(copy["name"])} for copy in image.renditions.get(kind, [])]
    return known[kind]


def rendition(image, kind, width):
    """The narrowest copy of this kind at least this wide (or the widest one); None before they exist."""
    copies = renditions_of(image, kind)
    return next((copy for copy in copies if copy["width"] >= width), copies[-1]) if copies else None


def shared_rendition(image):
    """The copy to share with a link to a page (og:image): the whole image, about 1200 px wide."""
    return rendition(image, FULL, SHARED_WIDTH)


def cache_control(name):
    """The Cache-Control header of a media file, from its name in the storage."""
    return RENDITION_CACHE_CONTROL if name.startswith(RENDITIONS_FOLDER) else ORIGINAL_CACHE_CONTROL


def rendition_url(image, kind, width):
    copy = rendition(image, kind, width)
    return copy["url"] if copy else image.file.url


@receiver(post_delete, sender="relations.Image")
def delete_renditions_of_deleted_image(sender, instance, **kwargs):
    # A signal rather than Image.delete(): the admin deletes several images with one query.
    names = rendition_names(instance.renditions)
    transaction.on_commit(lambda: delete_files(names))


@receiver(post_save, sender="relations.Image")
def remake_renditions_of_restored_image(sender, instance, raw, **kwargs):
    """A version restored from the history (django-reversion) or a fixture is saved raw, without
    Image.save(): the renditions its row names may have been deleted since with a later file."""
    if raw:
        transaction.on_commit(lambda: update_renditions(instance, check_files=True))
