import datetime
from collections import Counter
from decimal import Decimal

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst, slugify
from modeltranslation.utils import build_localized_fieldname

from relations import demo_data
from relations.cache import start_new_content_generation
from relations.demo_data.illustrations import draw_illustration
from relations.models import (
    Article,
    ArticleCategory,
    Association,
    City,
    Event,
    Image,
    KeyFigure,
    Network,
    Page,
    PublicationStatus,
    SolidarityProject,
    Subsidy,
    Theme,
)

FICTITIOUS_NOTE = (
    "Données fictives de démonstration : inventées pour la démo, ce ne sont pas des faits sur la ville. "
    "(Fictitious demo data, invented for the demo.)"
)
SYNTHETIC_NOTE = (
    "Contenu synthétique ajouté par load_demo --scale pour les essais de charge. (Synthetic load-test content.)"
)
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def translated(field, texts):
    """{"fr": ..., "de": ..., "en": ...} as values of the field's per-language columns."""
    return {build_localized_fieldname(field, code): texts.get(code, "") for code in LANGUAGE_CODES}


def translations(item, *fields):
    """The per-language columns of several translated fields of a demo item."""
    columns = {}
    for field in fields:
        columns.update(translated(field, item[field]))
    return columns


def in_each_language(make_text):
    """Texts for a field, one per language, made by calling make_text(language) with that language active."""
    texts = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            texts[code] = make_text(code)
    return texts


def editorial_state(item):
    return {
        "status": PublicationStatus.PUBLISHED if item.get("published", True) else PublicationStatus.DRAFT,
        "editor_note": FICTITIOUS_NOTE if item.get("fictitious") else "",
    }


def comparable(value):
    # A country field reads back as a Country object; its code is what was written.
    return getattr(value, "code", value)


class Command(BaseCommand):
    help = (
        "Loads the demo content of the international relations section (the city's own page and checked facts), "
        "in French, German and English. Idempotent: running it again changes nothing. "
        "With --scale N, also adds N times as much synthetic content for load and query-count tests."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=0,
            metavar="N",
            help="Add N times as many synthetic items of every content type as the demo has (default: none).",
        )

    def handle(self, *args, scale, **options):
        if scale < 0:
            raise CommandError("--scale must be zero or a positive number.")
        self.changes = Counter()
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            self.load_demo_content()
            if scale:
                self.add_synthetic_content(scale)
                # Synthetic rows are written in bulk, which sends no signal: the cached pages are renewed here.
                transaction.on_commit(start_new_content_generation)
        if options["verbosity"] == 0:
            return
        if self.changes:
            for (model, change), count in sorted(self.changes.items()):
                self.stdout.write(f"{model}: {count} {change}")
        else:
            self.stdout.write("The demo content is already loaded: nothing changed.")

    # Writing rows without touching what is already right.

    def upsert(self, model, lookup, values, many_to_many=None, before_create=None):
        """Create the row, or update only the fields that differ, so that a second run writes nothing."""
        obj = model.objects.filter(**lookup).first()
        if obj is None:
            obj = model(**{**lookup, **values})
            if before_create:
                before_create(obj)
            obj.full_clean()
            obj.save()
            self.changes[capfirst(model._meta.verbose_name_plural), "created"] += 1
        else:
            changed = [field for field, value in values.items() if comparable(getattr(obj, field)) != value]
            if changed:
                for field in changed:
                    setattr(obj, field, values[field])
                obj.full_clean()
                updated_fields = changed + (["updated_at"] if hasattr(obj, "updated_at") else [])
                obj.save(update_fields=updated_fields)
                self.changes[capfirst(model._meta.verbose_name_plural), "updated"] += 1
        for name, related in (many_to_many or {}).items():
            manager = getattr(obj, name)
            if set(manager.values_list("pk", flat=True)) != {item.pk for item in related}:
                manager.set(related)
                self.changes[capfirst(model._meta.verbose_name_plural), f"{name} updated"] += 1
        return obj

    # The demo content itself.

    def load_demo_content(self):
        images = {item["key"]: self.load_image(item) for item in demo_data.IMAGES}

        def image(item):
            return images[item["image"]] if item.get("image") else None

        cities = {}
        for item in demo_data.CITIES:
            cities[item["slug"]["fr"]] = self.upsert(
                City,
                {"slug_fr": item["slug"]["fr"]},
                {
                    **translations(item, "slug", "name", "region", "summary", "body"),
                    "kind": item["kind"],
                    "country": item["country"],
                    "latitude": Decimal(item["latitude"]) if item.get("latitude") else None,
                    "longitude": Decimal(item["longitude"]) if item.get("longitude") else None,
                    "charter_year": item.get("charter_year"),
                    "charter_date": datetime.date.fromisoformat(item["charter_date"])
                    if item.get("charter_date")
                    else None,
                    "website": item.get("website", ""),
                    "image": image(item),
                    **editorial_state(item),
                },
            )

        networks = {}
        for item in demo_data.NETWORKS:
            networks[item["slug"]["fr"]] = self.upsert(
                Network,
                {"slug_fr": item["slug"]["fr"]},
                {
                    **translations(item, "slug", "name", "summary", "body"),
                    "acronym": item.get("acronym", ""),
                    "kind": item["kind"],
                    "founded_year": item.get("founded_year"),
                    "limoges_role": item["limoges_role"],
                    "website": item.get("website", ""),
                    "image": image(item),
                    **editorial_state(item),
                },
                many_to_many={"members": [cities[slug] for slug in item["members"]]},
            )

        associations = {}
        for item in demo_data.ASSOCIATIONS:
            associations[item["slug"]["fr"]] = self.upsert(
                Association,
                {"slug_fr": item["slug"]["fr"]},
                {
                    **translations(item, "slug", "name", "summary", "body"),
                    "theme": item["theme"],
                    "town": item.get("town", "Limoges"),
                    "siret": item.get("siret", ""),
                    "website": item.get("website", ""),
                    "image": image(item),
                    **editorial_state(item),
                },
            )

        projects = {}
        for item in demo_data.PROJECTS:
            projects[item["slug"]["fr"]] = self.upsert(
                SolidarityProject,
                {"slug_fr": item["slug"]["fr"]},
                {
                    **translations(item, "slug", "title", "summary", "body"),
                    "country": item["country"],
                    "partner_city": cities[item["partner_city"]] if item.get("partner_city") else None,
                    "place": item.get("place", ""),
                    "association": associations[item["association"]] if item.get("association") else None,
                    "theme": item["theme"],
                    "start_year": item["start_year"],
                    "end_year": item.get("end_year"),
                    "city_funding": Decimal(item["city_funding"]),
                    "project_status": item["project_status"],
                    "image": image(item),
                    **editorial_state(item),
                },
            )

        for item in demo_data.ASSOCIATIONS:
            for subsidy in item["subsidies"]:
                self.upsert(
                    Subsidy,
                    {
                        "association": associations[item["slug"]["fr"]],
                        "year": subsidy["year"],
                        "purpose_fr": subsidy["purpose"]["fr"],
                    },
                    {
                        **translated("purpose", subsidy["purpose"]),
                        "amount": Decimal(subsidy["amount"]),
                        "project": projects[subsidy["project"]] if subsidy.get("project") else None,
                        "nature": subsidy["nature"],
                        "payment_conditions": subsidy["payment_conditions"],
                        "agreement_date": datetime.date.fromisoformat(subsidy["agreement_date"])
                        if subsidy.get("agreement_date")
                        else None,
                        "editor_note": FICTITIOUS_NOTE if item.get("fictitious") else "",
                    },
                )

        categories = {}
        for item in demo_data.ARTICLE_CATEGORIES:
            categories[item["slug"]["fr"]] = self.upsert(
                ArticleCategory,
                {"slug_fr": item["slug"]["fr"]},
                {**translated("slug", item["slug"]), **translated("name", item["name"]), "position": item["position"]},
            )

        articles = {}
        for item in demo_data.ARTICLES:
            articles[item["slug"]["fr"]] = self.upsert(
                Article,
                {"slug_fr": item["slug"]["fr"]},
                {
                    **translations(item, "slug", "title", "summary", "body"),
                    "category": categories[item["category"]],
                    "published_on": datetime.date.fromisoformat(item["published_on"]),
                    "is_featured": item.get("is_featured", False),
                    "image": image(item),
                    **editorial_state(item),
                },
                many_to_many={
                    "cities": [cities[slug] for slug in item.get("cities", [])],
                    "networks": [networks[slug] for slug in item.get("networks", [])],
                },
            )

        for item in demo_data.EVENTS:
            self.upsert(
                Event,
                {"slug_fr": item["slug"]["fr"]},
                {
                    **translations(item, "slug", "title", "summary", "body", "venue"),
                    "starts_at": datetime.datetime.fromisoformat(item["starts_at"]),
                    "ends_at": datetime.datetime.fromisoformat(item["ends_at"]) if item.get("ends_at") else None,
                    "address": item.get("address", ""),
                    "image": image(item),
                    **editorial_state(item),
                },
                many_to_many={"cities": [cities[slug] for slug in item.get("cities", [])]},
            )

        pages = {}
        for item in self.parents_first(demo_data.PAGES):
            pages[item["slug"]["fr"]] = self.upsert(
                Page,
                {"slug_fr": item["slug"]["fr"]},
                {
                    **translations(item, "slug", "title", "summary", "body"),
                    "parent": pages[item["parent"]] if item.get("parent") else None,
                    "position": item.get("position", 0),
                    "image": image(item),
                    **editorial_state(item),
                },
            )

        linked = {"network": networks, "page": pages, "article": articles}
        for item in demo_data.KEY_FIGURES:
            reference = item.get("link")
            if reference is None:
                link = {}
            elif reference[0] in linked:
                target = linked[reference[0]][reference[1]]
                link = in_each_language(lambda code, target=target: target.get_absolute_url())
            else:
                link = in_each_language(lambda code, name=reference[0]: reverse(f"relations:{name}"))
            self.upsert(
                KeyFigure,
                {"label_fr": item["label"]["fr"]},
                {
                    "value": item["value"],
                    **translated("unit", item.get("unit", {})),
                    **translations(item, "label"),
                    **translated("link", link),
                    "position": item.get("position", 0),
                    **editorial_state(item),
                },
            )

    def load_image(self, item):
        def draw_file(image):
            content = draw_illustration(item["motif"], item["palette"], item["initial"])
            image.file.save(f"demo-{item['key']}.jpg", ContentFile(content), save=False)

        image = self.upsert(
            Image,
            {"title": item["title"]},
            {
                **translations(item, "alt_text"),
                **translated("caption", item.get("caption", {})),
                "credit": item.get("credit", ""),
            },
            before_create=draw_file,
        )
        if not image.file.storage.exists(image.file.name):
            # The row survived but the media folder was emptied: draw the file again under its name,
            # and make its renditions again once the demo is committed.
            image.file.storage.save(
                image.file.name, ContentFile(draw_illustration(item["motif"], item["palette"], item["initial"]))
            )
            transaction.on_commit(lambda: image.update_renditions(check_files=True))
        return image

    @staticmethod
    def parents_first(pages):
        placed, ordered, remaining = set(), [], list(pages)
        while remaining:
            ready = [item for item in remaining if not item.get("parent") or item["parent"] in placed]
            if not ready:
                raise CommandError("The demo pages refer to a parent that does not exist.")
            for item in ready:
                ordered.append(item)
                placed.add(item["slug"]["fr"])
                remaining.remove(item)
        return ordered

    # Synthetic content for load tests: N times as much of every type, added in bulk.

    def add_synthetic_content(self, scale):
        images = list(Image.objects.filter(title__in=[item["title"] for item in demo_data.IMAGES]))
        categories = list(ArticleCategory.objects.all())
        root = Page.objects.filter(parent__isnull=True).first()

        def image(number):
            return images[number % len(images)]

        self.add_synthetic(
            Image,
            scale * len(demo_data.IMAGES),
            {"fr": "Image d'exemple", "de": "Beispielbild", "en": "Sample image"},
            lambda number: {
                "file": image(number).file.name,
                "width": image(number).width,
                "height": image(number).height,
            },
            title_field="alt_text",
            key_field="title",
        )
        cities = self.add_synthetic(
            City,
            scale * len(demo_data.CITIES),
            {"fr": "Ville d'exemple", "de": "Beispielstadt", "en": "Sample city"},
            lambda number: {
                "kind": "network",
                "country": ["DE", "IT", "ES", "PT", "PL", "JP"][number % 6],
                "latitude": Decimal(40 + number % 20),
                "longitude": Decimal(-5 + number % 30),
                "image": image(number),
            },
            title_field="name",
        )
        networks = self.add_synthetic(
            Network,
            scale * len(demo_data.NETWORKS),
            {"fr": "Réseau d'exemple", "de": "Beispielnetzwerk", "en": "Sample network"},
            lambda number: {"kind": "network", "founded_year": 1990 + number % 30, "image": image(number)},
            title_field="name",
        )
        self.link_synthetic(Network.members.through, networks, cities, "network", "city", per_item=5)
        associations = self.add_synthetic(
            Association,
            scale * len(demo_data.ASSOCIATIONS),
            {"fr": "Association d'exemple", "de": "Beispielverein", "en": "Sample association"},
            lambda number: {"theme": Theme.values[number % len(Theme.values)]},
            title_field="name",
        )
        projects = self.add_synthetic(
            SolidarityProject,
            scale * len(demo_data.PROJECTS),
            {"fr": "Projet d'exemple", "de": "Beispielprojekt", "en": "Sample project"},
            lambda number: {
                "country": ["BF", "SN", "MG", "BJ", "HT"][number % 5],
                "theme": Theme.values[number % len(Theme.values)],
                "start_year": 2015 + number % 10,
                "city_funding": Decimal(1000 * (number % 20)),
                "association": associations[number % len(associations)],
                "image": image(number),
            },
            title_field="title",
        )
        new_subsidies = [
            Subsidy(
                association=association,
                year=year,
                amount=Decimal(500 + 250 * (association.pk % 40)),
                project=projects[association.pk % len(projects)],
                editor_note=SYNTHETIC_NOTE,
                **translated(
                    "purpose", {"fr": "Subvention d'exemple", "de": "Beispielzuschuss", "en": "Sample subsidy"}
                ),
            )
            for association in associations
            if not association.subsidies.exists()
            for year in (2025, 2026)
        ]
        self.bulk_create(Subsidy, new_subsidies)
        articles = self.add_synthetic(
            Article,
            scale * len(demo_data.ARTICLES),
            {"fr": "Article d'exemple", "de": "Beispielartikel", "en": "Sample article"},
            lambda number: {
                "category": categories[number % len(categories)],
                "published_on": datetime.date(2020, 1, 1) + datetime.timedelta(days=number),
                "image": image(number),
            },
            title_field="title",
        )
        self.link_synthetic(Article.cities.through, articles, cities, "article", "city", per_item=2)
        events = self.add_synthetic(
            Event,
            scale * len(demo_data.EVENTS),
            {"fr": "Événement d'exemple", "de": "Beispielveranstaltung", "en": "Sample event"},
            lambda number: {
                "starts_at": datetime.datetime(
                    2024 + number % 5, 1 + number % 12, 1 + number % 28, 18, 0, tzinfo=datetime.UTC
                ),
                **translated("venue", {"fr": "Salle d'exemple", "de": "Beispielsaal", "en": "Sample hall"}),
                "image": image(number),
            },
            title_field="title",
        )
        self.link_synthetic(Event.cities.through, events, cities, "event", "city", per_item=1)
        self.add_synthetic(
            Page,
            scale * len(demo_data.PAGES),
            {"fr": "Page d'exemple", "de": "Beispielseite", "en": "Sample page"},
            lambda number: {"parent": root, "position": 100 + number, "show_in_navigation": False},
            title_field="title",
        )
        self.add_synthetic(
            KeyFigure,
            scale * len(demo_data.KEY_FIGURES),
            {"fr": "Chiffre d'exemple", "de": "Beispielzahl", "en": "Sample figure"},
            lambda number: {"value": str(number), "position": 100 + number},
            title_field="label",
            key_field="label_fr",
        )

    def add_synthetic(self, model, count, labels, extra_values, title_field, key_field="slug_fr"):
        """Add the synthetic items 1..count of a type that are not there yet; return all of them."""
        prefix = labels["fr"] + " " if key_field != "slug_fr" else slugify(labels["fr"]) + "-"
        existing = set(model.objects.filter(**{f"{key_field}__startswith": prefix}).values_list(key_field, flat=True))
        slugged = any(field.name == "slug_fr" for field in model._meta.fields)
        texted = {field.name for field in model._meta.fields}
        new = []
        for number in range(1, count + 1):
            values = {**translated(title_field, {code: f"{label} {number}" for code, label in labels.items()})}
            if key_field == "title":
                values["title"] = f"{labels['fr']} {number}"
            if slugged:
                values.update(
                    translated("slug", {code: f"{slugify(label)}-{number}" for code, label in labels.items()})
                )
            if values[key_field] in existing:
                continue
            if "summary_fr" in texted:
                values.update(
                    translated(
                        "summary",
                        {
                            "fr": f"Contenu synthétique n° {number} pour les essais de charge.",
                            "de": f"Synthetischer Inhalt Nr. {number} für Lasttests.",
                            "en": f"Synthetic content no. {number} for load tests.",
                        },
                    )
                )
            if "body_fr" in texted:
                values.update(
                    translated(
                        "body",
                        {
                            "fr": f"<p>Texte synthétique n° {number}.</p>",
                            "de": f"<p>Synthetischer Text Nr. {number}.</p>",
                            "en": f"<p>Synthetic text no. {number}.</p>",
                        },
                    )
                )
            if "status" in texted:
                values.update(status=PublicationStatus.PUBLISHED, editor_note=SYNTHETIC_NOTE)
            new.append(model(**values, **extra_values(number)))
        self.bulk_create(model, new)
        return list(model.objects.filter(**{f"{key_field}__startswith": prefix}).order_by("pk"))

    def link_synthetic(self, through, items, targets, item_field, target_field, per_item):
        links = [
            through(**{f"{item_field}_id": item.pk, f"{target_field}_id": targets[(index + offset) % len(targets)].pk})
            for index, item in enumerate(items)
            for offset in range(per_item)
        ]
        # Links that already exist are skipped by the database, which keeps a second run a no-op.
        through.objects.bulk_create(links, ignore_conflicts=True, batch_size=500)

    def bulk_create(self, model, objects):
        if objects:
            model.objects.bulk_create(objects, batch_size=500)
            self.changes[capfirst(model._meta.verbose_name_plural), "created (synthetic)"] += len(objects)
