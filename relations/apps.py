from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RelationsConfig(AppConfig):
    name = "relations"
    verbose_name = _("International relations")

    def ready(self):
        from .cache import watch_content_changes

        watch_content_changes()
