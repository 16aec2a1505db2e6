"""Flat illustrations drawn with Pillow for the demo content.

The demo set-up ships no photograph and downloads nothing: each demo image
is drawn from a motif, two colours and a few initials, always the same way
for the same input, so that loading the demo twice gives identical files.

A drawing is stored as drawn (a JPEG without metadata) under its name and a
digest of its bytes: when a drawing changes, load_demo sees that the file it
stored before came from another drawing, and stores the new one.
"""

import hashlib
import io
import math
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675
# Hexadecimal digits of the SHA-256 of a drawing in its file's name, as for the images' renditions.
DIGEST_LENGTH = 12


def digest(content):
    return hashlib.sha256(content).hexdigest()[:DIGEST_LENGTH]


def _hex(colour):
    colour = colour.lstrip("#")
    return tuple(int(colour[i : i + 2], 16) for i in (0, 2, 4))


def _gradient(top, bottom):
    image = Image.new("RGB", (WIDTH, HEIGHT), top)
    draw = ImageDraw.Draw(image)
    for y in range(HEIGHT):
        t = y / (HEIGHT - 1)
        draw.line([(0, y), (WIDTH, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    return image


def _city(draw, ink):
    x = 60
    for i, (width, height) in enumerate([(120, 220), (90, 300), (150, 180), (80, 340), (130, 240), (110, 200)] * 2):
        top = HEIGHT - height
        draw.rectangle([x, top, x + width, HEIGHT], fill=ink)
        draw.polygon([(x - 10, top), (x + width // 2, top - 60 - 10 * (i % 3)), (x + width + 10, top)], fill=ink)
        x += width + 15


def _network(draw, ink):
    points = [(180, 470), (380, 250), (560, 520), (760, 200), (930, 430), (1080, 560), (300, 600), (680, 360)]
    for a, b in zip(points, points[1:] + points[:1], strict=True):
        draw.line([a, b], fill=ink, width=8)
    for x, y in points:
        draw.ellipse([x - 28, y - 28, x + 28, y + 28], fill=ink)


def _route(draw, ink):
    draw.line(
        [(0, 600), (250, 520), (480, 580), (700, 440), (950, 500), (1200, 380)], fill=ink, width=30, joint="curve"
    )
    for x, y in [(260, 420), (720, 330), (1000, 390)]:
        draw.ellipse([x - 45, y - 60, x + 45, y + 40], fill=ink)
        draw.rectangle([x - 20, y - 95, x + 20, y - 50], fill=ink)


def _ship(draw, ink):
    draw.rectangle([0, 560, WIDTH, HEIGHT], fill=ink)
    draw.polygon([(150, 470), (1050, 470), (980, 560), (220, 560)], fill=ink)
    draw.rectangle([600, 340, 760, 470], fill=ink)
    draw.rectangle([660, 260, 690, 340], fill=ink)


def _ceramics(draw, ink):
    draw.ellipse([300, 300, 540, 600], fill=ink)
    draw.rectangle([370, 230, 470, 330], fill=ink)
    draw.chord([560, 380, 880, 640], 0, 180, fill=ink)
    draw.ellipse([940, 330, 1100, 620], fill=ink)


def _concert(draw, ink):
    draw.rectangle([0, 580, WIDTH, HEIGHT], fill=ink)
    for x, y in [(300, 360), (520, 280), (760, 330), (960, 250)]:
        draw.ellipse([x - 40, y + 90, x + 30, y + 140], fill=ink)
        draw.rectangle([x + 18, y - 40, x + 30, y + 115], fill=ink)


def _solidarity(draw, ink):
    for x in (420, 600, 780):
        draw.ellipse([x - 150, 240, x + 150, 540], outline=ink, width=26)


def _figures(draw, ink):
    for i, height in enumerate([160, 260, 220, 360, 300]):
        x = 250 + i * 150
        draw.rectangle([x, HEIGHT - 60 - height, x + 100, HEIGHT - 60], fill=ink)


def _ground(draw, ink, y=610):
    draw.rectangle([0, y, WIDTH, HEIGHT], fill=ink)


def _cathedral(draw, ink):
    """A Gothic church whose west tower and spire dominate the town (Plzeň's St Bartholomew)."""
    _ground(draw, ink)
    draw.rectangle([430, 420, 900, 610], fill=ink)  # the nave
    draw.polygon([(420, 420), (665, 300), (910, 420)], fill=ink)
    draw.rectangle([300, 250, 420, 610], fill=ink)  # the tower
    draw.polygon([(290, 250), (360, 40), (430, 250)], fill=ink)  # the spire
    for x in (480, 600, 720, 840):
        draw.rectangle([x, 340 + abs(x - 660) // 4, x + 30, 410], fill=ink)
    for x, height in ((960, 120), (1060, 170), (140, 140), (40, 100)):
        draw.rectangle([x, 610 - height, x + 80, 610], fill=ink)
        draw.polygon([(x - 8, 610 - height), (x + 40, 560 - height), (x + 88, 610 - height)], fill=ink)


def _town_hall(draw, ink):
    """A long town hall with a tall square tower crowned by battlements (Fürth's Rathaus)."""
    _ground(draw, ink)
    draw.rectangle([260, 420, 1000, 610], fill=ink)
    draw.rectangle([540, 150, 640, 610], fill=ink)
    draw.rectangle([520, 130, 660, 170], fill=ink)
    for x in range(520, 661, 35):
        draw.rectangle([x, 100, x + 18, 130], fill=ink)
    for x in (290, 360, 430, 700, 770, 840, 910):
        draw.rectangle([x, 380, x + 40, 420], fill=ink)


def _skyscrapers(draw, ink, background):
    """Glass towers of different heights with rows of windows (Charlotte's uptown)."""
    _ground(draw, ink, 630)
    for x, width, height in ((420, 110, 330), (550, 140, 520), (710, 100, 400), (830, 130, 280), (980, 90, 210)):
        top = 630 - height
        draw.rectangle([x, top, x + width, 630], fill=ink)
        for y in range(top + 25, 610, 40):
            draw.line([(x + 14, y), (x + width - 14, y)], fill=background, width=8)
    draw.polygon([(550, 110), (620, 40), (690, 110)], fill=ink)


def _kiln(draw, ink):
    """A climbing kiln on a hillside with its chimney, and a tea bowl and a vase (Seto's pottery)."""
    draw.polygon([(0, 675), (0, 600), (700, 380), (1200, 380), (1200, 675)], fill=ink)
    for i in range(4):
        x, y = 170 + i * 120, 560 - i * 38
        draw.chord([x, y - 70, x + 130, y + 70], 180, 360, fill=ink)
    draw.rectangle([690, 170, 740, 400], fill=ink)
    draw.chord([800, 240, 1000, 382], 0, 180, fill=ink)
    draw.ellipse([1040, 232, 1130, 382], fill=ink)
    draw.rectangle([1070, 190, 1100, 240], fill=ink)


def _castle(draw, ink):
    """Castle walls with battlemented towers and an onion-domed church (Hrodna)."""
    _ground(draw, ink)
    draw.rectangle([180, 440, 760, 610], fill=ink)
    for x in range(180, 761, 48):
        draw.rectangle([x, 410, x + 26, 440], fill=ink)
    for x in (160, 420, 700):
        draw.rectangle([x, 320, x + 90, 610], fill=ink)
        for step in range(3):
            draw.rectangle([x + step * 35, 290, x + step * 35 + 20, 320], fill=ink)
    draw.rectangle([870, 360, 1010, 610], fill=ink)
    draw.ellipse([880, 250, 1000, 380], fill=ink)
    draw.polygon([(900, 275), (940, 180), (980, 275)], fill=ink)
    draw.rectangle([934, 140, 946, 190], fill=ink)
    draw.rectangle([915, 155, 965, 165], fill=ink)


def _rings(draw, ink):
    """Five rings linked in a circle, one per twin city."""
    for angle in range(-90, 270, 72):
        x = 640 + round(150 * math.cos(math.radians(angle)))
        y = 350 + round(150 * math.sin(math.radians(angle)))
        draw.ellipse([x - 105, y - 105, x + 105, y + 105], outline=ink, width=22)


def _memorial(draw, ink):
    """A war memorial: an obelisk on steps."""
    _ground(draw, ink, 630)
    for step, width in enumerate((420, 320, 220)):
        draw.rectangle([600 - width // 2, 590 - step * 40, 600 + width // 2, 630 - step * 40], fill=ink)
    draw.polygon([(555, 510), (575, 170), (625, 170), (645, 510)], fill=ink)
    draw.polygon([(575, 170), (600, 120), (625, 170)], fill=ink)


def _voices(draw, ink):
    """Speech bubbles of several sizes, like voices in many accents."""
    for x, y, width, height, tail in ((420, 200, 360, 190, -1), (820, 300, 300, 160, 1), (560, 450, 260, 130, -1)):
        draw.rounded_rectangle([x - width // 2, y - height // 2, x + width // 2, y + height // 2], radius=50, fill=ink)
        base = x + tail * width // 4
        draw.polygon(
            [
                (base - 25, y + height // 2 - 5),
                (base + 25, y + height // 2 - 5),
                (base + tail * 50, y + height // 2 + 55),
            ],
            fill=ink,
        )


MOTIFS = {
    "city": _city,
    "network": _network,
    "route": _route,
    "ship": _ship,
    "ceramics": _ceramics,
    "concert": _concert,
    "solidarity": _solidarity,
    "figures": _figures,
    "cathedral": _cathedral,
    "town_hall": _town_hall,
    "skyscrapers": _skyscrapers,
    "kiln": _kiln,
    "castle": _castle,
    "rings": _rings,
    "memorial": _memorial,
    "voices": _voices,
}


def draw_illustration(motif, palette, initial):
    """Return the bytes of a JPEG illustration of the motif in the palette, with big initials."""
    top, bottom = (_hex(colour) for colour in palette)
    image = _gradient(top, bottom)
    draw = ImageDraw.Draw(image)
    if motif == "skyscrapers":  # the windows are cut out in the background's colour
        _skyscrapers(draw, ink=(255, 255, 255), background=bottom)
    else:
        MOTIFS[motif](draw, ink=(255, 255, 255))
    font = ImageFont.load_default(size=220)
    draw.text((70, 40), initial, font=font, fill=(255, 255, 255), stroke_width=6, stroke_fill=top)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()


@dataclass(frozen=True)
class Illustration:
    """The file of a demo image: drawn, not shipped. Stored as its name followed by the digest of the
    drawing (demo-furth.jpg as demo-furth-0123456789ab.jpg)."""

    name: str
    motif: str
    palette: tuple[str, str]
    initial: str

    @cached_property
    def drawing(self):
        """The JPEG's bytes, drawn once a process."""
        return draw_illustration(self.motif, self.palette, self.initial)

    @property
    def stem_and_extension(self):
        return PurePosixPath(self.name).stem, PurePosixPath(self.name).suffix

    @property
    def file_name(self):
        stem, extension = self.stem_and_extension
        return f"{stem}-{digest(self.drawing)}{extension}"

    def draw(self):
        return ContentFile(self.drawing, name=self.file_name)

    def is_stored_as(self, storage, name):
        if not storage.exists(name):
            return False
        with storage.open(name, "rb") as stored:
            return stored.read() == self.drawing

    def stored_from_an_older_drawing(self, file):
        """Whether a stored file (a FieldFile) is one the demo drew for this image before its drawing
        changed: under the image's name followed by the digest of the file's bytes (or by a storage's
        suffix after it), or under the name alone, as the demo first stored its images. A file an
        editor put in its place has another name, or bytes that do not match the digest in its name:
        it is not."""
        stored_name = PurePosixPath(file.name).name
        if stored_name == self.name:
            return True
        stem, extension = self.stem_and_extension
        # Django's storages add "_" and 7 letters or digits to a name already taken.
        pattern = (
            rf"{re.escape(stem)}-(?P<digest>[0-9a-f]{{{DIGEST_LENGTH}}})(_[A-Za-z0-9]{{7}})?{re.escape(extension)}"
        )
        drawn = re.fullmatch(pattern, stored_name)
        if drawn is None or drawn["digest"] == digest(self.drawing):
            return False
        if not file.storage.exists(file.name):
            return True  # nothing of an editor's to keep: the media folder was emptied
        with file.storage.open(file.name, "rb") as stored:
            return digest(stored.read()) == drawn["digest"]
