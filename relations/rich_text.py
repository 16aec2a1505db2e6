"""The allow-list that every body goes through, on the page and when it is imported."""

import nh3

# Structure and emphasis, links; no script, style or attribute beyond a link's target and language.
TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "a", "br"}
ATTRIBUTES = {"a": {"href", "hreflang", "lang"}, "p": {"lang"}, "blockquote": {"lang"}}


def clean_html(html):
    return nh3.clean(
        html or "",
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
    )
