"""Flat illustrations drawn with Pillow for the demo content.

The demo set-up ships no photograph and downloads nothing: each demo image
is drawn from a motif, two colours and a few initials, always the same way
for the same input, so that loading the demo twice gives identical files.
"""

import io
from dataclasses import dataclass

from django.core.files.base import ContentFile
from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675


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


MOTIFS = {
    "city": _city,
    "network": _network,
    "route": _route,
    "ship": _ship,
    "ceramics": _ceramics,
    "concert": _concert,
    "solidarity": _solidarity,
    "figures": _figures,
}


def draw_illustration(motif, palette, initial):
    """Return the bytes of a JPEG illustration of the motif in the palette, with big initials."""
    top, bottom = (_hex(colour) for colour in palette)
    image = _gradient(top, bottom)
    draw = ImageDraw.Draw(image)
    MOTIFS[motif](draw, ink=(255, 255, 255))
    font = ImageFont.load_default(size=220)
    draw.text((70, 40), initial, font=font, fill=(255, 255, 255), stroke_width=6, stroke_fill=top)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=82, optimize=True)
    return buffer.getvalue()


@dataclass(frozen=True)
class Illustration:
    """The file of a demo image: drawn, not shipped, under this name."""

    name: str
    motif: str
    palette: tuple[str, str]
    initial: str

    def draw(self):
        return ContentFile(draw_illustration(self.motif, self.palette, self.initial), name=self.name)
