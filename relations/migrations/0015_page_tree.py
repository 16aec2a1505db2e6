"""The page's position is django-treebeard's sibling order: the field is renamed, its column is not."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("relations", "0014_documents_library"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.RenameField(model_name="page", old_name="position", new_name="sib_order"),
                migrations.AlterField(
                    model_name="page",
                    name="sib_order",
                    field=models.PositiveSmallIntegerField(db_column="position", default=0, verbose_name="position"),
                ),
            ],
        ),
        migrations.AlterModelOptions(
            name="page",
            options={"ordering": ["sib_order", "title"], "verbose_name": "page", "verbose_name_plural": "pages"},
        ),
    ]
