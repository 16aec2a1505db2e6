"""The values a browser would submit with a form of a page, to post admin forms as an editor does."""

from html.parser import HTMLParser


class FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.values = form_id, False, []
        self._select = self._textarea = None
        self._options = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.inside = attributes.get("id") == self.form_id
        if not self.inside:
            return
        name = attributes.get("name")
        if tag == "input" and name:
            kind = attributes.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in attributes:
                return
            if kind not in ("submit", "button", "image", "file", "reset"):
                self.values.append((name, attributes.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self._select, self._options = name, []
        elif tag == "option" and self._select:
            self._options.append((attributes.get("value", ""), "selected" in attributes))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self._select:
            chosen = [value for value, selected in self._options if selected]
            if not chosen and self._options:
                chosen = [self._options[0][0]]
            self.values += [(self._select, value) for value in chosen]
            self._select = None
        elif tag == "textarea" and self._textarea:
            # The HTML parser gives the text without the newline that follows <textarea>.
            self.values.append(tuple(self._textarea))
            self._textarea = None


def form_values(html, form_id):
    """The (name, value) pairs of the form with this id, as they would be submitted."""
    reader = FormReader(form_id)
    reader.feed(html)
    return reader.values


def as_post_data(values, **changes):
    """The pairs as a dict of lists for Django's test client, with some values replaced."""
    data = {}
    for name, value in values:
        data.setdefault(name, []).append(value)
    data.update({name: [value] for name, value in changes.items()})
    return data
