from functools import update_wrapper

from django.conf import settings
from django.contrib import admin
from django.contrib.admin.apps import AdminConfig
from django.contrib.admin.options import TO_FIELD_VAR
from django.core.exceptions import BadRequest
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

# The admin's sections under names the staff read, not the packages' own ("AXES", "OTP_TOTP").
SECTION_NAMES = {
    "auth": _("Staff accounts and groups"),
    "axes": _("Login lock-outs"),
    "otp_static": _("Two-factor recovery codes"),
    "otp_totp": _("Two-factor authenticator apps"),
    "reversion": _("Saved versions"),
}


class LimogesAdminSite(admin.AdminSite):
    site_header = _("City of Limoges – International relations")
    site_title = _("International relations administration")
    index_title = _("Content of the section")
    # The lists need the width at 1280 px: the sections are on the home page and in the breadcrumbs.
    enable_nav_sidebar = False

    def get_app_list(self, request, app_label=None):
        app_list = super().get_app_list(request, app_label)
        for app in app_list:
            app["name"] = SECTION_NAMES.get(app["app_label"], app["name"])
        return app_list

    def get_urls(self):
        # The translators' pages (status, content export and import) live in the admin.
        from relations import translation_admin

        return translation_admin.urls() + super().get_urls()

    def index(self, request, extra_context=None):
        """The staff's home: the sections, and the dashboard (relations/dashboard.py)."""
        from relations.dashboard import dashboard
        from relations.roles import can_edit_locale_files

        extra_context = {
            **(extra_context or {}),
            "can_translate": can_edit_locale_files(request.user),
            **dashboard(),
        }
        return super().index(request, extra_context)

    def login(self, request, extra_context=None):
        """The password, then the code of the staff member's authenticator app or a recovery code."""
        from limoges_site.staff_login import AdminLoginView

        return AdminLoginView.as_view(extra_context=extra_context)(request)

    def admin_view(self, view, cacheable=False):
        """Every admin page, once the admin has let the staff member in.

        Django's admin looks an empty `_to_field` up as a field name and fails: refused here, where
        the body may be read, since only staff get this far (relations/middleware.py refuses it in
        the query string of any request, without reading bodies)."""

        def refusing_an_empty_to_field(request, *args, **kwargs):
            if request.method == "POST" and request.POST.get(TO_FIELD_VAR) == "":
                raise BadRequest("Empty _to_field")
            return view(request, *args, **kwargs)

        return super().admin_view(update_wrapper(refusing_an_empty_to_field, view), cacheable)


class LimogesAdminConfig(AdminConfig):
    default_site = "limoges_site.admin.LimogesAdminSite"


def login_locked_out(request, original_response=None, credentials=None):
    """What django-axes answers to a locked-out login: the admin's own page, in the user's language."""
    context = {
        **admin.site.each_context(request),
        "title": _("Login locked"),
        "cooloff_minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
    }
    return render(request, "admin/locked_out.html", context, status=429)
