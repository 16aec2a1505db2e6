from pathlib import Path

from django.conf import settings
from django.utils.translation.reloader import translation_file_changed


def compiled_catalogues():
    return [path for folder in settings.LOCALE_PATHS for path in Path(folder).glob("*/LC_MESSAGES/*.mo")]


def reload_edited_translations(get_response):
    """Picks up catalogues saved in the locale editor without a restart, in every server process.

    Each request looks at the modification times of the compiled catalogues (a few stat calls);
    when one changed, the process drops its cached translations, as Django's autoreloader does.
    """
    seen = {}

    def middleware(request):
        for path in compiled_catalogues():
            modified = path.stat().st_mtime
            if seen.setdefault(path, modified) != modified:
                seen[path] = modified
                translation_file_changed(None, file_path=path)
        return get_response(request)

    return middleware
