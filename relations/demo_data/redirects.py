"""Addresses of the section on the city's former site, which links and bookmarks still use."""

REDIRECTS = [
    {"old_path": "/fr/jumelage/", "new_path": "/fr/villes-jumelees/"},
    {"old_path": "/de/staedtepartnerschaft/", "new_path": "/de/partnerstaedte/"},
    {"old_path": "/en/twinning/", "new_path": "/en/twin-cities/"},
]
