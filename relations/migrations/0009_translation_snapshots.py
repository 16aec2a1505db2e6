"""Records, for every German and English translation written before translations were tracked, the
French it is taken to be made from (the French of now), so that a change of the French from now on
marks it outdated; fingerprints the records of before from their normalised text."""

from django.db import migrations


def snapshot_existing_translations(apps, schema_editor):
    from relations.content_translation import snapshot_translations

    snapshot_translations(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("relations", "0008_image_files_stored_without_metadata"),
    ]

    operations = [migrations.RunPython(snapshot_existing_translations, migrations.RunPython.noop)]
