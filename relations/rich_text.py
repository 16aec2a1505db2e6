"""The allow-list that every body goes through, on the page and when it is imported."""

import nh3

# Structure and emphasis, links and images of the library; no script, no style, no event
# attribute, and only web and mail addresses (never javascript: or data:).
TAGS = {"p", "h2", "h3", "h4", "ul", "ol", "li", "strong", "em", "blockquote", "a", "br", "img"}
ATTRIBUTES = {
    "a": {"href", "hreflang", "lang"},
    "p": {"lang"},
    "blockquote": {"lang"},
    "img": {"src", "alt", "width", "height"},
}


def clean_html(html):
    return nh3.clean(
        html or "",
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener",
        set_tag_attribute_values={"img": {"loading": "lazy"}},
    )
