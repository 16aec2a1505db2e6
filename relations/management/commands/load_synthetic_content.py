from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import translation
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from relations import demo_data, factories
from relations.cache import start_new_content_generation
from relations.content_types import searchable_models
from relations.management.summary import Summary
from relations.models import Article, ArticleCategory, Event, Image, Network, Page, Subsidy
from relations.search import index_objects


class Command(BaseCommand):
    help = (
        "Adds N times as many synthetic items of every content type as the demo has, for load and query-count "
        "tests (make bench), made by the factories of relations/factories.py. Needs the demo content (load_demo). "
        "Idempotent: running it again with the same N adds nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            metavar="N",
            help="How many times the demo's number of items of each type to add (default: 1).",
        )

    def handle(self, *args, scale, **options):
        if scale < 1:
            raise CommandError("--scale must be a positive number.")
        # The synthetic items reuse the demo's image files, categories and home page.
        demo_images = list(Image.objects.filter(title__in=[item["title"] for item in demo_data.IMAGES]).order_by("pk"))
        categories = list(ArticleCategory.objects.order_by("pk"))
        root = Page.objects.filter(parent__isnull=True).first()
        if not demo_images or not categories or root is None:
            raise CommandError("Load the demo content first: python manage.py load_demo.")
        self.summary = Summary()
        with translation.override(settings.LANGUAGE_CODE), transaction.atomic():
            self.add_synthetic_content(scale, demo_images, categories, root)
            # Synthetic rows are written in bulk, which sends no signal: the cached pages are renewed here.
            transaction.on_commit(start_new_content_generation)
        if connection.vendor == "postgresql":
            # Thousands of rows written at once: the planner's statistics are brought up to date now,
            # not whenever autovacuum comes by (until then, it plans the search's queries for empty
            # tables: three times slower with ten times the demo content).
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        if options["verbosity"]:
            for line in self.summary.lines():
                self.stdout.write(line)

    def add_synthetic_content(self, scale, demo_images, categories, root):
        def image(number):
            return demo_images[number % len(demo_images)]

        def count(records):
            return scale * len(records)

        self.add(
            factories.ImageFactory,
            count(demo_data.IMAGES),
            "title",
            lambda number: {
                "file": image(number).file.name,
                "width": image(number).width,
                "height": image(number).height,
            },
        )
        cities = self.add(factories.CityFactory, count(demo_data.CITIES), "slug", lambda n: {"image": image(n)})
        networks = self.add(factories.NetworkFactory, count(demo_data.NETWORKS), "slug", lambda n: {"image": image(n)})
        self.link(Network.members, networks, cities, per_item=5)
        associations = self.add(factories.AssociationFactory, count(demo_data.ASSOCIATIONS), "slug")
        projects = self.add(
            factories.SolidarityProjectFactory,
            count(demo_data.PROJECTS),
            "slug",
            lambda n: {"association": associations[n % len(associations)], "image": image(n)},
        )
        self.add_subsidies(associations, projects)
        articles = self.add(
            factories.ArticleFactory,
            count(demo_data.ARTICLES),
            "slug",
            lambda n: {"category": categories[n % len(categories)], "image": image(n)},
        )
        self.link(Article.cities, articles, cities, per_item=2)
        events = self.add(factories.EventFactory, count(demo_data.EVENTS), "slug", lambda n: {"image": image(n)})
        self.link(Event.cities, events, cities, per_item=1)
        self.add(factories.PageFactory, count(demo_data.PAGES), "slug", lambda n: {"parent": root})
        self.add(factories.KeyFigureFactory, count(demo_data.KEY_FIGURES), "label")

    def add(self, factory, count, key, related=lambda number: {}):
        """Add the synthetic items 1..count of a type that are not there yet (told apart by their key);
        return all of them."""
        model = factory._meta.model
        if key in translator.get_options_for_model(model).fields:
            key = build_localized_fieldname(key, settings.LANGUAGE_CODE)
        items = [factory.build(number=number, **related(number)) for number in range(1, count + 1)]
        keys = [getattr(item, key) for item in items]
        existing = set(model.objects.filter(**{f"{key}__in": keys}).values_list(key, flat=True))
        new = [item for item in items if getattr(item, key) not in existing]
        # In bulk, without save(): thousands of items in seconds. The bodies are already clean HTML.
        model.objects.bulk_create(new, batch_size=500)
        if model in searchable_models():  # bulk_create sends no signal: the search index is written here
            for start in range(0, len(new), 500):
                batch = [getattr(item, key) for item in new[start : start + 500]]
                index_objects(model.objects.filter(**{f"{key}__in": batch}))
        self.summary.add(model, "created", len(new))
        self.summary.add(model, "unchanged", len(existing))
        return list(model.objects.filter(**{f"{key}__in": keys}).order_by("pk"))

    def add_subsidies(self, associations, projects):
        """Two subsidies for each synthetic association that has none yet."""
        existing = Subsidy.objects.filter(association__in=associations)
        unchanged = existing.count()
        with_subsidies = set(existing.values_list("association", flat=True))
        new = [
            factories.SubsidyFactory.build(
                number=association.pk,
                association=association,
                year=year,
                project=projects[association.pk % len(projects)],
            )
            for association in associations
            if association.pk not in with_subsidies
            for year in (2025, 2026)
        ]
        Subsidy.objects.bulk_create(new, batch_size=500)
        self.summary.add(Subsidy, "created", len(new))
        self.summary.add(Subsidy, "unchanged", unchanged)

    @staticmethod
    def link(relation, items, targets, per_item):
        """Link each item to per_item of the targets, in turn, through a many-to-many relation."""
        through = relation.through
        item_column = f"{relation.field.m2m_field_name()}_id"
        target_column = f"{relation.field.m2m_reverse_field_name()}_id"
        links = [
            through(**{item_column: item.pk, target_column: targets[(index + offset) % len(targets)].pk})
            for index, item in enumerate(items)
            for offset in range(per_item)
        ]
        # Links that already exist are skipped by the database, which keeps a second run a no-op.
        through.objects.bulk_create(links, ignore_conflicts=True, batch_size=500)
