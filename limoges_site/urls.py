import posixpath
import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.http import Http404
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from two_factor.urls import core as two_factor_core
from two_factor.urls import profile as two_factor_profile

from limoges_site import health
from limoges_site.staff_login import AdminSetupView, in_the_admin
from relations import images
from relations.sitemaps import sitemap_index, sitemap_section, sitemaps
from relations.views import robots_txt

urlpatterns = [
    # For load balancers and deployments (docs/deployment.md).
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap_index, {"sitemaps": sitemaps}, name="sitemap"),
    path("sitemap-<slug:section>.xml", sitemap_section, {"sitemaps": sitemaps}, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", RedirectView.as_view(url=settings.STATIC_URL + "img/favicon.svg")),
]

# Every page, the admin included, lives under /fr/, /de/ or /en/, so that the
# admin speaks the editor's language and every public address names its language.
# Two-factor authentication of the staff, inside the admin (/fr/admin/account/two_factor/…): setting up
# the authenticator app, the recovery codes. Logging in is the admin's own login page (limoges_site/admin.py).
two_factor_pages = [
    path(
        str(pattern.pattern),
        in_the_admin(AdminSetupView.as_view() if pattern.name == "setup" else pattern.callback),
        name=pattern.name,
    )
    for pattern in two_factor_core + two_factor_profile
    if pattern.name != "login"
]

urlpatterns += i18n_patterns(
    path("admin/translations/catalogues/", include("relations.locale_editor")),
    path("admin/", include((two_factor_pages, "two_factor"))),
    path("admin/", admin.site.urls),
    path("", include("relations.urls")),
)

handler500 = "relations.errors.server_error"


def serve_media(request, path, document_root):
    """Django's serving of the media files, with the lifetime the image library gives each one: a
    year for the renditions, whose names change with their content; less for the originals."""
    try:
        response = serve(request, path, document_root=document_root)
    except OSError as error:  # a name the file system refuses (too long): no such file
        raise Http404 from error
    # The name of the file served, as serve() finds it (renditions/../images/… is an original).
    response["Cache-Control"] = images.cache_control(posixpath.normpath(path).lstrip("/"))
    return response


if settings.SERVE_MEDIA:
    media = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns += [re_path(rf"^{media}(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT})]
