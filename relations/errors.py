"""The error pages the site answers itself, in the reader's language and without touching the
database. The 400, 403, 404 and CSRF-failure pages are Django's own views with the project's
templates (400.html, 403.html, 404.html, 403_csrf.html); these are the ones Django has no view for
(405, 503) or whose view must not reach the database (500)."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.shortcuts import render
from django.template import loader

# What the database driver raises when the server is down, unreachable or overloaded.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


def method_not_allowed(request, allowed):
    """The 405 page, for a method the address does not take; `allowed` is its Allow header."""
    response = render(request, "405.html", status=405)
    response["Allow"] = allowed
    return response


def server_error(request):
    """The 500 page (handler500 in limoges_site/urls.py)."""
    if isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        # Raised outside a view (e.g. while saving the session), past DatabaseErrorMiddleware.
        return service_unavailable(request)
    template = loader.get_template("500.html")
    return HttpResponse(template.render({"request": request}), status=500)


def service_unavailable(request):
    """The 503 page while the database cannot be reached; readers and robots are asked to come back
    in a minute."""
    template = loader.get_template("503.html")
    response = HttpResponse(template.render({"request": request}), status=503)
    response["Retry-After"] = "60"
    return response
