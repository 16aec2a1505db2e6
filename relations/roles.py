"""The staff groups of the site and what each may do.

- editors write and delete all content, and submit it for review: they do not publish;
- publishers do what editors do, and publish: they approve what editors submitted (publishing it
  now or on its scheduled date) or send it back with a comment, and withdraw what is online
  (relations/workflow.py; a "publish" permission per kind of content, created here);
- translators fill the German and English fields of existing content: they cannot create,
  publish or delete, and the French text and publication settings are read-only for them;
- administrators do all of that and manage staff accounts, groups and login lock-outs.

The groups and their permissions are defined here and applied after every `migrate`
(and by `manage.py setup_roles`): changing this file and migrating changes the roles.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import translation
from modeltranslation.translator import translator

from .content_types import staff_content_models

EDITORS = "editors"
PUBLISHERS = "publishers"
TRANSLATORS = "translators"
ADMINISTRATORS = "administrators"


def role_permissions():
    # What the web team writes (each model says so: relations/content_types.py); not the bookkeeping.
    # Translators change what has translated fields (relations/translation.py), and nothing else.
    content = Permission.objects.filter(
        content_type__app_label="relations",
        content_type__model__in=[model._meta.model_name for model in staff_content_models()],
    )
    translated = content.filter(
        content_type__model__in=[model._meta.model_name for model in translator.get_registered_models()]
    )
    publishing = Permission.objects.filter(
        content_type__app_label="relations", codename__in=[publish_codename(model) for model in publishable_models()]
    )
    return {
        EDITORS: content.exclude(codename__startswith="publish_"),
        PUBLISHERS: content | publishing,
        TRANSLATORS: translated.filter(Q(codename__startswith="change_") | Q(codename__startswith="view_")),
        ADMINISTRATORS: Permission.objects.filter(
            # otp_totp, otp_static: the staff's two-factor devices, deleted when one is lost.
            content_type__app_label__in=["relations", "auth", "axes", "reversion", "otp_totp", "otp_static"]
        ),
    }


def publishable_models():
    """The kinds of content with a publication status (relations.models.Content)."""
    from .models import Content

    return [model for model in staff_content_models() if issubclass(model, Content)]


def publish_codename(model):
    return f"publish_{model._meta.model_name}"


def create_publish_permissions():
    """One "can publish" permission per kind of content, beside Django's add, change, delete and view."""
    for model in publishable_models():
        Permission.objects.get_or_create(
            content_type=ContentType.objects.get_for_model(model, for_concrete_model=False),
            codename=publish_codename(model),
            # Stored as Django stores the names of its own permissions: in English.
            defaults={"name": f"Can publish {english_name(model)}"},
        )


def english_name(model):
    with translation.override("en"):
        return str(model._meta.verbose_name)


def setup_roles():
    create_publish_permissions()
    for name, permissions in role_permissions().items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.set(permissions)


def setup_roles_after_migrate(sender, **kwargs):
    # Permissions are created by django.contrib.auth's own post_migrate handler, which runs first.
    setup_roles()


def may_edit_source(user, model):
    """Whether the user may create this kind of content, so write its French text and publish it.
    Staff who may only change it (translators) edit its German and English fields."""
    return user.has_perm(f"{model._meta.app_label}.add_{model._meta.model_name}")


def may_publish(user, model):
    """Whether the user may put this kind of content online (or take it off) and decide on reviews."""
    return user.has_perm(f"{model._meta.app_label}.{publish_codename(model)}")


def publishers():
    """The active staff who may publish some kind of content: the reviews are sent to them."""
    from django.contrib.auth import get_user_model

    codenames = [publish_codename(model) for model in publishable_models()]
    granted = Q(groups__permissions__codename__in=codenames) | Q(user_permissions__codename__in=codenames)
    return (
        get_user_model().objects.filter(Q(is_active=True, is_staff=True) & (granted | Q(is_superuser=True))).distinct()
    )


def can_edit_locale_files(user):
    """The locale editor (django-rosetta) is for translators and administrators only."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        return False
    return user.is_superuser or user.groups.filter(name__in=[TRANSLATORS, ADMINISTRATORS]).exists()
