"""The staff's login: a password, and a second factor for those who publish (django-two-factor-auth)."""

from functools import update_wrapper

from axes.handlers.proxy import AxesProxyHandler
from django.contrib import admin
from django.contrib.auth import logout
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext_lazy as _
from two_factor.utils import default_device
from two_factor.views import LoginView, SetupView

from limoges_site.admin import login_locked_out
from relations.middleware import ADMIN_PATH
from relations.roles import ADMINISTRATORS, EDITORS, PUBLISHERS


def must_use_two_factor(user):
    """Administrators, publishers and editors, who write the French text, log in with a second factor;
    translators may."""
    return user.is_superuser or user.groups.filter(name__in=[ADMINISTRATORS, PUBLISHERS, EDITORS]).exists()


def in_the_admin(view):
    """Shows a page of django-two-factor-auth inside the admin: its header, its user links."""

    def admin_page(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if isinstance(response, TemplateResponse):
            response.context_data = {**admin.site.each_context(request), **(response.context_data or {})}
        return response

    return update_wrapper(admin_page, view)


class AddressesOnly:
    """A `next` that is no address (`next=-1`) is ignored: django-two-factor-auth would look it up as
    the name of a URL pattern, and fail."""

    def get_redirect_url(self):
        url = super().get_redirect_url()
        return url if url.startswith("/") else ""


class AdminSetupView(AddressesOnly, SetupView):
    pass


class AdminLoginView(AddressesOnly, LoginView):
    """django-two-factor-auth's login: the password, then a code when the account has a device.

    django-axes counts the wrong passwords (through the authentication backend); a wrong code counts
    the same, and no code is tried while the user name or the address is locked out."""

    extra_context = None

    def post(self, *args, **kwargs):
        user = self.get_user()
        if self.steps.current != self.AUTH_STEP and user:
            credentials = {"username": user.get_username()}
            if not AxesProxyHandler.is_allowed(self.request, credentials):
                self.storage.reset()
                return login_locked_out(self.request, credentials=credentials)
        return super().post(*args, **kwargs)

    def render(self, form=None, **kwargs):
        failed = form is not None and form.is_bound and self.steps.current != self.AUTH_STEP and not form.is_valid()
        if failed and self.get_user():
            credentials = {"username": self.get_user().get_username()}
            user_login_failed.send(sender=__name__, credentials=credentials, request=self.request)
            if getattr(self.request, "axes_locked_out", False):
                self.storage.reset()
                return login_locked_out(self.request, credentials=credentials)
        return super().render(form, **kwargs)

    def get_success_url(self):
        return self.get_redirect_url() or reverse("admin:index")

    def get_context_data(self, form, **kwargs):
        return {
            **admin.site.each_context(self.request),
            "title": _("Log in"),
            **super().get_context_data(form, **kwargs),
            **(self.extra_context or {}),
        }


# What staff who must use two-factor authentication may open before they have passed it.
OPEN_BEFORE_THE_SECOND_FACTOR = {
    "admin:login",
    "admin:logout",
    "admin:jsi18n",
    "two_factor:setup",
    "two_factor:qr",
}


def two_factor_required(get_response):
    """Administrators and editors who logged in with their password alone (before they set up
    two-factor authentication) are sent to set it up, and reach nothing else in the admin before."""

    def middleware(request):
        user = request.user
        if (
            ADMIN_PATH.match(request.path_info)
            and user.is_authenticated
            and not user.is_verified()
            and must_use_two_factor(user)
        ):
            try:
                view_name = resolve(request.path_info).view_name
            except Resolver404:
                view_name = None
            if view_name not in OPEN_BEFORE_THE_SECOND_FACTOR:
                if default_device(user):
                    # A session opened before the device was set up: log in again, with the code.
                    logout(request)
                    return redirect_to_login(request.get_full_path())
                return redirect("two_factor:setup")
        return get_response(request)

    return middleware
