"""Values of the demo records that are not plain text: the loader works them out when it writes them."""

from dataclasses import dataclass

# The editor's note of everything invented for the demonstration.
FICTITIOUS = (
    "Données fictives de démonstration : inventées pour la démo, ce ne sont pas des faits sur la ville. "
    "(Fictitious demo data, invented for the demo.)"
)


@dataclass(frozen=True)
class AddressOf:
    """The address on this site, in the language of each column, of a list page (its URL name,
    ``AddressOf("relations:association_list")``) or of a demo object (its model name and its
    French slug, ``AddressOf("article", "centenaire-1914-1918")``)."""

    target: str
    slug: str | None = None


# The credit of every illustration the demo draws, in each language of the site.
DEMO_CREDIT = {
    "fr": "Illustration : Ville de Limoges (démo)",
    "de": "Illustration: Stadt Limoges (Demo)",
    "en": "Illustration: City of Limoges (demo)",
}
