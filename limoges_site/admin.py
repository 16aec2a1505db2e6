from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.utils.translation import gettext_lazy as _


class LimogesAdminSite(admin.AdminSite):
    site_header = _("City of Limoges – International relations")
    site_title = _("International relations administration")
    index_title = _("Content of the section")

    def get_urls(self):
        # The translators' pages (status, content export and import) live in the admin.
        from relations import translation_admin

        return translation_admin.urls() + super().get_urls()


class LimogesAdminConfig(AdminConfig):
    default_site = "limoges_site.admin.LimogesAdminSite"
