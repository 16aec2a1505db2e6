import io
import re

import pytest
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_the_demo_account_prints_how_to_log_in_and_can_log_in(client, settings):
    settings.DEBUG = True
    output = io.StringIO()
    call_command("create_demo_account", stdout=output)
    password = re.search(r"demo +password '([^']+)'", output.getvalue())[1]
    assert "/fr/admin/" in output.getvalue()
    response = client.post("/fr/admin/login/", {"username": "demo", "password": password, "next": "/fr/admin/"})
    assert response.status_code == 302
    assert client.get("/fr/admin/").status_code == 200


def test_the_role_accounts_can_do_what_their_group_may(client, settings):
    settings.DEBUG = True
    output = io.StringIO()
    call_command("create_demo_account", stdout=output)
    password = re.search(r"demo-translator +password '([^']+)'", output.getvalue())[1]
    client.post("/fr/admin/login/", {"username": "demo-translator", "password": password})
    assert client.get("/fr/admin/relations/article/").status_code == 200
    assert client.get("/fr/admin/relations/article/add/").status_code == 403


def test_each_run_gives_a_new_password(settings):
    settings.DEBUG = True
    first, second = io.StringIO(), io.StringIO()
    call_command("create_demo_account", stdout=first)
    call_command("create_demo_account", stdout=second)
    assert first.getvalue() != second.getvalue()


def test_there_is_no_demo_account_in_production(settings, django_user_model):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("create_demo_account")
    assert not django_user_model.objects.filter(username="demo").exists()
