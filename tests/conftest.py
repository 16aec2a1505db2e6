import datetime
import os
import shutil
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from relations.models import Association, City, Network, PublicationStatus


def pytest_collection_modifyitems(config, items):
    """Slow tests (browsers, real servers, load, attacks, walks of every admin page) run once, in the
    PostgreSQL pass of CI: on SQLite they are skipped, saying so."""
    if settings.DATABASES["default"]["ENGINE"].endswith("postgresql"):
        return
    skip = pytest.mark.skip(reason="slow test: runs on PostgreSQL only (DATABASE_URL=postgres://…, as CI does)")
    for item in items:
        if item.get_closest_marker("slow"):
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def project_catalogues_stay_untouched(tmp_path_factory):
    """The locale editor writes what it is sent: in tests it writes to a copy of the catalogues,
    never to the project's own files (which it would otherwise also find beside the relations app)."""
    from django.conf import settings
    from django.test.utils import override_settings

    project_locale = Path(settings.LOCALE_PATHS[0])
    copy = tmp_path_factory.mktemp("catalogues") / "locale"
    shutil.copytree(project_locale, copy)
    with override_settings(LOCALE_PATHS=[copy], ROSETTA_EXCLUDED_PATHS=[os.path.abspath(project_locale)]):
        yield copy


@pytest.fixture(autouse=True)
def media_in_a_temporary_folder(settings, tmp_path):
    """Images written by a test never land in the checkout's media folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def a_cache_of_its_own(settings):
    """Each test starts with an empty cache in its own memory, never a shared Redis. Pages are
    rendered afresh, with no part of them kept, unless a test turns the page cache or the fragment cache
    on (tests/test_page_cache.py)."""
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"test-{uuid.uuid4().hex}"}
    }
    settings.PAGE_CACHE_SECONDS = 0
    settings.FRAGMENT_CACHE = False


@pytest.fixture(autouse=True)
def french_is_active():
    """Tests start in the site's source language, as a request without preference would."""
    with translation.override("fr"):
        yield


@pytest.fixture
def furth(db):
    return City.objects.create(
        name_fr="Fürth",
        name_de="Fürth",
        name_en="Fürth",
        slug_fr="furth",
        slug_de="fuerth",
        slug_en="furth",
        summary_fr="Ville jumelle en Bavière depuis 1992.",
        summary_de="Partnerstadt in Bayern seit 1992.",
        summary_en="Twin city in Bavaria since 1992.",
        kind="twin",
        country="DE",
        charter_year=1992,
        status=PublicationStatus.PUBLISHED,
    )


@pytest.fixture
def seto(db):
    """A twin city whose German and English texts have not been written yet."""
    return City.objects.create(
        name_fr="Seto",
        slug_fr="seto",
        summary_fr="Ville de la céramique au Japon, jumelée en 2003.",
        kind="twin",
        country="JP",
        charter_year=2003,
        charter_date=datetime.date(2003, 11, 18),
        status=PublicationStatus.PUBLISHED,
    )


@pytest.fixture
def unic(db, furth):
    network = Network.objects.create(
        name_fr="UNIC",
        name_de="UNIC",
        name_en="UNIC",
        slug_fr="unic",
        slug_de="unic",
        slug_en="unic",
        summary_fr="Réseau des villes céramiques.",
        kind="network",
        founded_year=2008,
        limoges_role="lead",
        status=PublicationStatus.PUBLISHED,
    )
    network.members.add(furth)
    return network


@pytest.fixture
def association(db):
    return Association.objects.create(
        name_fr="Porcelaine sans frontières",
        slug_fr="porcelaine-sans-frontieres",
        summary_fr="Association fictive.",
        theme="culture",
        status=PublicationStatus.PUBLISHED,
    )


@pytest.fixture
def demo(db, django_db_blocker):
    from django.core.management import call_command

    call_command("load_demo", verbosity=0)


@pytest.fixture(autouse=True, scope="session")
def force_login_passes_the_second_factor():
    """Tests log staff in with force_login (admin_client does too), past the login form: there the
    shortcut passes the second factor as well, with a real TOTP device of the user, marked verified
    in the session as django-otp's own login does. Tests of the login itself go through its form
    (tests/test_login.py, tests/test_two_factor.py). For the whole session, so that fixtures shared by
    a module log in the same way."""
    from django.test import Client
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    password_only = Client.force_login

    def force_login(self, user, backend=None):
        password_only(self, user, backend)
        device, _created = TOTPDevice.objects.get_or_create(user=user, name="default")
        session = self.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Client, "force_login", force_login)
        yield


@pytest.fixture
def staff_member(db, django_user_model):
    """A staff account in one of the site's groups (relations/roles.py): staff_member("editors")."""
    from django.contrib.auth.models import Group

    def make(group, username=None):
        user = django_user_model.objects.create_user(
            username=username or group, password="unused-in-tests", is_staff=True
        )
        user.groups.add(Group.objects.get(name=group))
        return user

    return make


@pytest.fixture
def article(db):
    """A published article written in the three languages."""
    from relations.models import Article, ArticleCategory

    category = ArticleCategory.objects.create(
        name_fr="Jumelages",
        name_de="Partnerschaften",
        name_en="Twinning",
        slug_fr="jumelages",
        slug_de="partnerschaften",
        slug_en="twinning",
    )
    return Article.objects.create(
        category=category,
        title_fr="Concert des villes unies",
        title_de="Konzert der vereinten Städte",
        title_en="Concert of the united cities",
        slug_fr="concert-des-villes-unies",
        slug_de="konzert-der-vereinten-staedte",
        slug_en="concert-of-the-united-cities",
        summary_fr="Le concert revient.",
        summary_de="Das Konzert kehrt zurück.",
        summary_en="The concert is back.",
        body_fr="<p>Texte français.</p>",
        body_de="<p>Deutscher Text.</p>",
        body_en="<p>English text.</p>",
        status=PublicationStatus.PUBLISHED,
    )
