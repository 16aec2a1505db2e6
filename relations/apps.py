from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class RelationsConfig(AppConfig):
    name = "relations"
    verbose_name = _("International relations")

    def ready(self):
        from . import content_types, open_data  # noqa: F401 (register their system checks)
        from .cache import watch_content_changes
        from .redirects import watch_address_changes
        from .roles import setup_roles_after_migrate

        watch_content_changes()
        watch_address_changes()
        post_migrate.connect(setup_roles_after_migrate, sender=self)
