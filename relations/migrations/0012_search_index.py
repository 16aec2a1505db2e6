"""The search index (relations/search.py): one row per searchable object and language.

On PostgreSQL: the unaccent extension, a text search configuration per language that removes accents
before the language's stemming (fr_unaccent, de_unaccent, en_unaccent), and a GIN index on the
stored vectors. Then the index is built for the rows that already exist.
"""

import django.contrib.postgres.search
from django.contrib.postgres.operations import UnaccentExtension
from django.db import migrations, models

CONFIGURATIONS = {"fr_unaccent": "french", "de_unaccent": "german", "en_unaccent": "english"}


def on_postgresql(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


CREATE_CONFIGURATIONS = [
    statement
    for name, dictionary in CONFIGURATIONS.items()
    for statement in (
        f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}",
        f"CREATE TEXT SEARCH CONFIGURATION {name} ( COPY = {dictionary} )",
        f"ALTER TEXT SEARCH CONFIGURATION {name} ALTER MAPPING FOR hword, hword_part, word "
        f"WITH unaccent, {dictionary}_stem",
    )
]
DROP_CONFIGURATIONS = [f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}" for name in CONFIGURATIONS]
CREATE_GIN_INDEX = ["CREATE INDEX relations_search_vector_gin ON relations_searchentry USING gin (vector)"]
DROP_GIN_INDEX = ["DROP INDEX IF EXISTS relations_search_vector_gin"]


class UnaccentOnPostgreSQL(UnaccentExtension):
    """Django's operation checks the database only forwards: undone on SQLite, it would ask for
    PostgreSQL's catalogue."""

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)


def build_index(apps, schema_editor):
    from relations.content_types import searchable_models
    from relations.search import rebuild_index

    def historical(model):
        return apps.get_model(model._meta.app_label, model._meta.object_name)

    models_then = []
    for model in searchable_models():
        try:
            historical(model)
        except LookupError:  # a type added by a later migration: indexed when its rows are saved
            continue
        models_then.append(model)
    rebuild_index(models_then, entry_model=apps.get_model("relations", "SearchEntry"), get_model=historical)


class Migration(migrations.Migration):
    dependencies = [
        ("relations", "0011_scdl_subsidy_open_data_key_figures"),
    ]

    operations = [
        UnaccentOnPostgreSQL(),
        migrations.RunPython(on_postgresql(CREATE_CONFIGURATIONS), on_postgresql(DROP_CONFIGURATIONS)),
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("model", models.CharField(max_length=100)),
                ("object_id", models.PositiveBigIntegerField()),
                ("language", models.CharField(max_length=10)),
                ("title_words", models.TextField(blank=True)),
                ("words", models.TextField(blank=True)),
                ("vector", django.contrib.postgres.search.SearchVectorField(blank=True, null=True)),
            ],
            options={
                "ordering": ["model", "language", "object_id"],
                "verbose_name": "search entry",
                "verbose_name_plural": "search entries",
                "constraints": [
                    models.UniqueConstraint(
                        fields=("model", "language", "object_id"), name="relations_search_entry_unique"
                    )
                ],
            },
        ),
        migrations.RunPython(on_postgresql(CREATE_GIN_INDEX), on_postgresql(DROP_GIN_INDEX)),
        migrations.RunPython(build_index, migrations.RunPython.noop),
    ]
