"""The site's own maps of the partner cities, drawn as SVG from Natural Earth's country outlines.

The outlines are the TopoJSON files of the `world-atlas` package (Natural Earth 4.1, public domain;
vendored in relations/data/world-atlas/ with the package's licence). They are decoded, projected and
turned into SVG path data once per process (functools.cache), so no page ever fetches a tile, a font
or a script from another host, and no request pays for the geometry.

A map is a `View`: a projection, a crop and a resolution. The world view gives the whole picture;
the regional views (Europe, East Asia) show the cities that would crowd each other on the world.
Every city is drawn on the most detailed view that contains it, as a link to its page. Twin cities
and Limoges are always labelled; a label is placed beside its dot where it overlaps no other label
and no other dot. The other cities show their name when the reader points at them or focuses them.
"""

import json
import math
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from django.utils.translation import gettext_lazy as _

DATA = Path(__file__).parent / "data" / "world-atlas"
LIMOGES = (1.2611, 45.8336)  # longitude, latitude of the city hall
FONT_SIZE = 22  # in map units; every view is 600 units wide, so labels stay legible at 375 px
CHARACTER_WIDTH = 0.62  # of the font size, generous for a semi-bold face


def natural_earth(longitude, latitude):
    """The Natural Earth projection (Šavrič et al.), as d3-geo writes it, in radians."""
    lam, phi = math.radians(longitude), math.radians(latitude)
    phi2 = phi * phi
    phi4 = phi2 * phi2
    x = lam * (0.8707 - 0.131979 * phi2 + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)))
    y = phi * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
    return x, y


def mercator(longitude, latitude):
    latitude = max(min(latitude, 85), -85)
    return math.radians(longitude), math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2))


@dataclass(frozen=True)
class View:
    slug: str
    name: str
    projection: object
    west: float
    south: float
    east: float
    north: float
    resolution: str = "110m"
    width: int = 600

    @cached_property
    def bounds(self):
        x0, y0 = self.projection(self.west, self.south)
        x1, y1 = self.projection(self.east, self.north)
        # The corners of a curved projection are not its extremes: measure the edges too.
        xs = [self.projection(self.west, lat)[0] for lat in range(int(self.south), int(self.north) + 1)]
        xs += [self.projection(self.east, lat)[0] for lat in range(int(self.south), int(self.north) + 1)]
        return min(xs + [x0]), min(y0, y1), max(xs + [x1]), max(y0, y1)

    @cached_property
    def scale(self):
        x0, _y0, x1, _y1 = self.bounds
        return self.width / (x1 - x0)

    @cached_property
    def height(self):
        _x0, y0, _x1, y1 = self.bounds
        return round((y1 - y0) * self.scale)

    def point(self, longitude, latitude):
        """Map units (y downwards) of a place."""
        x0, _y0, _x1, y1 = self.bounds
        x, y = self.projection(longitude, latitude)
        return (x - x0) * self.scale, (y1 - y) * self.scale

    def contains(self, longitude, latitude, margin=0.5):
        return (
            self.west + margin <= longitude <= self.east - margin
            and self.south + margin <= latitude <= self.north - margin
        )


WORLD = View("world", _("The world"), natural_earth, -180, -56, 180, 80)
REGIONS = (
    View("europe", _("Europe"), mercator, -11, 35.5, 31, 59, resolution="50m"),
    View("east-asia", _("East Asia"), mercator, 113, 27, 141, 41, resolution="50m"),
)


@cache
def _topology(resolution):
    with open(DATA / f"countries-{resolution}.json", encoding="utf-8") as source:
        topology = json.load(source)
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantised and delta-encoded
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return topology["objects"]["countries"]["geometries"], arcs


def _ring(arcs, indexes):
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _rings(geometry, arcs):
    if geometry["type"] == "Polygon":
        polygons = [geometry["arcs"]]
    elif geometry["type"] == "MultiPolygon":
        polygons = geometry["arcs"]
    else:
        return
    for polygon in polygons:
        for ring in polygon:
            yield _ring(arcs, ring)


def _path(view, rings):
    """SVG path data, in whole map units, relative moves, rings outside the view left out and points
    far outside it pulled to its edge (what is outside is clipped anyway)."""
    margin = 8
    low_x, low_y, high_x, high_y = -margin, -margin, view.width + margin, view.height + margin
    commands = []
    for ring in rings:
        longitudes = [lon for lon, _lat in ring]
        latitudes = [lat for _lon, lat in ring]
        if (
            max(longitudes) < view.west - 2
            or min(longitudes) > view.east + 2
            or max(latitudes) < view.south - 2
            or min(latitudes) > view.north + 2
        ):
            continue
        if max(longitudes) - min(longitudes) > 180:
            # Russia and Fiji cross the antimeridian: draw their far eastern tips beyond 180°.
            ring = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
        points = []
        for lon, lat in ring:
            lon = min(max(lon, view.west - 3), view.east + 3)  # no wrap across the antimeridian
            x, y = view.point(lon, lat)
            point = (round(min(max(x, low_x), high_x)), round(min(max(y, low_y), high_y)))
            if not points or point != points[-1]:
                points.append(point)
        if len(points) < 3:
            continue
        parts = [f"M{points[0][0]} {points[0][1]}"]
        for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
            parts.append(f"{x1 - x0} {y1 - y0}" if parts[-1][0] != "M" else f"l{x1 - x0} {y1 - y0}")
        commands.append(" ".join(parts).replace(" -", "-") + "z")
    return "".join(commands)


@cache
def outlines(view, highlighted=frozenset()):
    """The path data of the countries in a view: (other countries, highlighted countries)."""
    geometries, arcs = _topology(view.resolution)
    plain, marked = [], []
    for geometry in geometries:
        number = int(geometry["id"]) if str(geometry.get("id", "")).isdigit() else None
        (marked if number in highlighted else plain).extend(_rings(geometry, arcs))
    return _path(view, plain), _path(view, marked)


@dataclass
class Place:
    city: object
    x: float
    y: float
    kind: str
    label: tuple = None  # (x, y, anchor, box) of an always visible label

    @property
    def always_labelled(self):
        return self.kind in ("twin", "limoges")


def _label_box(name, x, y, anchor):
    width = len(name) * FONT_SIZE * CHARACTER_WIDTH
    left = {"start": x, "end": x - width, "middle": x - width / 2}[anchor]
    # The baseline is at y; the box holds ascenders and descenders.
    return (left - 2, y - FONT_SIZE * 0.85, left + width + 2, y + FONT_SIZE * 0.3)


def _overlaps(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place_labels(view, places, obstacles=()):
    """Greedy placement: right, left, above, below, then diagonals; the first spot that overlaps no
    placed label, no obstacle and no dot, inside the view, wins."""
    placed = list(obstacles)
    dots = [(p.x - 5, p.y - 5, p.x + 5, p.y + 5, p) for p in places]
    gap = 11
    for place in sorted((p for p in places if p.always_labelled), key=lambda p: p.x):
        name = place.city.name if place.city else "Limoges"
        candidates = [
            (place.x + gap, place.y + FONT_SIZE * 0.3, "start"),
            (place.x - gap, place.y + FONT_SIZE * 0.3, "end"),
            (place.x, place.y - gap - 1, "middle"),
            (place.x, place.y + gap + FONT_SIZE * 0.8, "middle"),
            (place.x + gap, place.y - gap, "start"),
            (place.x - gap, place.y - gap, "end"),
            (place.x + gap, place.y + gap + FONT_SIZE * 0.6, "start"),
            (place.x - gap, place.y + gap + FONT_SIZE * 0.6, "end"),
        ]
        best = None
        for x, y, anchor in candidates:
            box = _label_box(name, x, y, anchor)
            inside = box[0] >= 0 and box[1] >= 0 and box[2] <= view.width and box[3] <= view.height
            clashes = sum(_overlaps(box, other) for other in placed) * 10 + sum(
                _overlaps(box, dot[:4]) for dot in dots if dot[4] is not place
            )
            score = clashes + (0 if inside else 100)
            if best is None or score < best[0]:
                best = (score, x, y, anchor, box)
            if score == 0:
                break
        _score, x, y, anchor, box = best
        placed.append(box)
        place.label = (round(x, 1), round(y, 1), anchor)
    for place in places:
        if not place.always_labelled:
            # Shown on focus, over the others (on a halo): right of the dot, or left near the edge.
            right = place.x < view.width * 0.7
            place.label = (
                round(place.x + (gap if right else -gap), 1),
                round(place.y - gap, 1),
                "start" if right else "end",
            )
    return places


@dataclass
class Inset:
    region: View
    x: int
    y: int
    width: int
    height: int

    @property
    def name(self):
        return self.region.name

    view_width: int = 600

    @property
    def label(self):
        """Above the frame, from its left edge, or ending at its right edge near the map's edge."""
        width = len(str(self.name)) * FONT_SIZE * CHARACTER_WIDTH
        if self.x + width <= self.view_width:
            return self.x, self.y - 6, "start"
        return self.x + self.width, self.y - 6, "end"

    @property
    def label_box(self):
        return _label_box(str(self.name), *self.label)


@dataclass
class Map:
    view: View
    places: list
    sea: str
    countries: str
    partner_countries: str
    insets: list  # (region, x, y, width, height) rectangles drawn on the world view
    context: list  # (x, y) of the cities drawn on a regional map, as small marks on the world view

    @property
    def slug(self):
        return self.view.slug


def city_kind(city):
    return "twin" if city.is_twin else "other"


def region_of(city):
    """The most detailed view a city is drawn on."""
    for region in REGIONS:
        if region.contains(float(city.longitude), float(city.latitude)):
            return region
    return WORLD


def maps(cities):
    """The world and the regional maps of these cities (which have coordinates), each city on one map."""
    highlighted = frozenset(int(city.country.numeric) for city in cities if city.country.numeric) | {250}
    result = []
    for view in (WORLD, *REGIONS):
        mine = [city for city in cities if region_of(city) == view]
        if view is not WORLD and not mine:
            continue
        places = [
            Place(city, *view.point(float(city.longitude), float(city.latitude)), city_kind(city)) for city in mine
        ]
        if view.contains(*LIMOGES):
            # On the world, Limoges sits in the frame of Europe: a mark there, its name on the map of Europe.
            framed = view is WORLD and any(region.contains(*LIMOGES) for region in REGIONS)
            places.append(Place(None, *view.point(*LIMOGES), "limoges-mark" if framed else "limoges"))
        insets, context = [], []
        if view is WORLD:
            context = [
                (round(x, 1), round(y, 1))
                for x, y in (view.point(float(c.longitude), float(c.latitude)) for c in cities if c not in mine)
            ]
            for region in REGIONS:
                if any(region_of(city) == region for city in cities):
                    (x0, y1), (x1, y0) = view.point(region.west, region.south), view.point(region.east, region.north)
                    insets.append(Inset(region, round(x0), round(y0), round(x1 - x0), round(y1 - y0), view.width))
        _place_labels(view, places, [inset.label_box for inset in insets])
        for place in places:
            place.x, place.y = round(place.x, 1), round(place.y, 1)
        plain, marked = outlines(view, highlighted)
        result.append(Map(view, places, "", plain, marked, insets, context))
    return result
