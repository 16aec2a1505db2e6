import posixpath
import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve

from limoges_site import health
from relations import images
from relations.sitemaps import sitemaps
from relations.views import robots_txt

urlpatterns = [
    # For load balancers and deployments (docs/deployment.md).
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("sitemap.xml", sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", RedirectView.as_view(url=settings.STATIC_URL + "img/favicon.svg")),
]

# Every page, the admin included, lives under /fr/, /de/ or /en/, so that the
# admin speaks the editor's language and every public address names its language.
urlpatterns += i18n_patterns(
    path("admin/translations/catalogues/", include("relations.locale_editor")),
    path("admin/", admin.site.urls),
    path("", include("relations.urls")),
)

handler500 = "relations.views.server_error"


def serve_media(request, path, document_root):
    """Django's serving of the media files, with the lifetime the image library gives each one: a
    year for the renditions, whose names change with their content; less for the originals."""
    response = serve(request, path, document_root=document_root)
    # The name of the file served, as serve() finds it (renditions/../images/… is an original).
    response["Cache-Control"] = images.cache_control(posixpath.normpath(path).lstrip("/"))
    return response


if settings.SERVE_MEDIA:
    media = re.escape(settings.MEDIA_URL.lstrip("/"))
    urlpatterns += [re_path(rf"^{media}(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT})]
