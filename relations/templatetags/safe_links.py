"""Links to addresses typed by editors: only web and mail addresses become links."""

from urllib.parse import urlsplit

from django import template

register = template.Library()

SAFE_SCHEMES = {"http", "https", "mailto"}


@register.filter
def safe_href(address):
    """The address when a browser would open it as a page (http, https, mailto, or an address on
    this site), else an empty string: a `javascript:` or `data:` address typed in the shell or
    imported past the forms' validation must not become a live link."""
    address = str(address or "")
    # urlsplit drops the tabs and line breaks that browsers also ignore inside a scheme ("java\tscript:").
    scheme = urlsplit(address.strip()).scheme.lower()
    return address if scheme in SAFE_SCHEMES or (not scheme and ":" not in address.split("/")[0]) else ""
