"""The demo content of the section, in French, German and English.

places.py holds the partner cities and networks, editorial.py the pages,
articles, events, key figures, associations and solidarity projects; the
``load_demo`` command writes them to the database.
"""

from .editorial import ARTICLE_CATEGORIES, ARTICLES, ASSOCIATIONS, EVENTS, KEY_FIGURES, PAGES, PROJECTS
from .editorial import IMAGES as EDITORIAL_IMAGES
from .places import CITIES, NETWORKS
from .places import IMAGES as PLACE_IMAGES

IMAGES = PLACE_IMAGES + EDITORIAL_IMAGES

__all__ = [
    "ARTICLES",
    "ARTICLE_CATEGORIES",
    "ASSOCIATIONS",
    "CITIES",
    "EVENTS",
    "IMAGES",
    "KEY_FIGURES",
    "NETWORKS",
    "PAGES",
    "PROJECTS",
]
