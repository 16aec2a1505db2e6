"""The subsidies as open data: valid against the official SCDL "subventions" 2.1.1 schema, checked by
frictionless (and the schema's own checks that frictionless does not run), one French dataset, its
DCAT description, and what the staff see of the subsidies it leaves out."""

import csv
import datetime
import io
import json
from pathlib import Path

import pytest
from django.core import checks
from django.core.exceptions import ValidationError
from django.utils import translation
from frictionless import Schema, formats
from frictionless.resources import TableResource
from stdnum.fr import siret

from relations import open_data
from relations.models import Association, Subsidy

pytestmark = pytest.mark.django_db

SCHEMA_PATH = Path(__file__).parent / "schemas" / "scdl-subventions-2.1.1.schema.json"
DEMO_CITY_SIRET = "00000001800002"
CSV_ADDRESS = "/fr/associations/subventions.csv"
JSON_ADDRESS = "/fr/associations/subventions.json"


def official_schema():
    descriptor = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return descriptor


def custom_check_errors(rows):
    """The schema's custom_checks, which Validata runs and frictionless does not: the SIRET numbers'
    checksum ("french-siret-value") and a beneficiary named by SIRET or RNA ("one-of-required")."""
    errors = []
    for check in official_schema()["custom_checks"]:
        params = check["params"]
        for number, row in enumerate(rows, start=2):
            if check["name"] == "french-siret-value":
                value = row.get(params["column"]) or ""
                if value and not siret.is_valid(value):
                    errors.append(f"row {number}: {params['column']} {value!r} is not a valid SIRET")
            elif check["name"] == "one-of-required":
                if not (row.get(params["column1"]) or row.get(params["column2"])):
                    errors.append(f"row {number}: neither {params['column1']} nor {params['column2']}")
            else:
                raise AssertionError(f"unknown custom check {check['name']}")
    return errors


def scdl_errors(content, data_format, tmp_path):
    """Every error frictionless finds in the file against the official schema, then the custom checks'."""
    path = tmp_path / f"subventions.{data_format}"
    path.write_bytes(content)
    descriptor = official_schema()
    descriptor.pop("custom_checks")  # a Validata extension, run below
    schema = Schema.from_descriptor(descriptor)
    # The JSON file holds its rows as objects under "data".
    control = formats.JsonControl(keyed=True, property="data") if data_format == "json" else None
    resource = TableResource(path=path.name, basepath=str(tmp_path), format=data_format, schema=schema, control=control)
    report = resource.validate()
    errors = [f"{error.type}: {error.message}" for task in report.tasks for error in task.errors]
    errors += [f"{error.type}: {error.message}" for error in report.errors]
    if data_format == "json":
        rows = json.loads(content)["data"]
    else:
        rows = list(csv.DictReader(io.StringIO(content.decode())))
    return errors + custom_check_errors(rows)


@pytest.fixture
def city_siret(settings):
    settings.CITY_SIRET = DEMO_CITY_SIRET


def test_the_demo_subsidies_are_valid_scdl_in_csv_and_json(demo, city_siret, client, tmp_path):
    csv_file = client.get(CSV_ADDRESS)
    json_file = client.get(JSON_ADDRESS)
    assert csv_file["Content-Type"] == "text/csv; charset=utf-8"
    rows = list(csv.DictReader(io.StringIO(csv_file.content.decode())))
    assert len(rows) == len(json.loads(json_file.content)["data"]) >= 10
    assert scdl_errors(csv_file.content, "csv", tmp_path) == []
    assert scdl_errors(json_file.content, "json", tmp_path) == []
    # The schema's own column order, oui/non, dates and periods as ISO 8601.
    assert list(rows[0]) == [field["name"] for field in official_schema()["fields"]]
    assert {row["notificationUE"] for row in rows} == {"non"}
    assert any("/" in row["datesPeriodeVersement"] for row in rows)
    assert any(row["rnaBeneficiaire"] and not row["idBeneficiaire"] for row in rows)


@pytest.mark.parametrize(
    ("column", "bad_value"),
    [
        ("notificationUE", "false"),
        ("datesPeriodeVersement", "2026"),
        ("dateConvention", ""),
        ("idBeneficiaire", "00000001800003"),  # the check digit is wrong
        ("rnaBeneficiaire", "W12345"),
    ],
)
def test_one_bad_row_fails_the_check(demo, city_siret, client, tmp_path, column, bad_value):
    rows = list(csv.DictReader(io.StringIO(client.get(CSV_ADDRESS).content.decode())))
    rows[1][column] = bad_value
    if column == "rnaBeneficiaire":
        rows[1]["idBeneficiaire"] = ""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    errors = scdl_errors(out.getvalue().encode(), "csv", tmp_path)
    assert len(errors) == 1, errors
    data = {"data": [{**row, "montant": float(row["montant"])} for row in rows]}
    data["data"][0]["idBeneficiaire"] = data["data"][0]["rnaBeneficiaire"] = ""
    assert any("neither idBeneficiaire nor rnaBeneficiaire" in error for error in custom_check_errors(data["data"]))


def test_a_subsidy_that_cannot_be_valid_is_left_out_and_shown_to_the_staff(demo, city_siret, client, admin_client):
    sahel = Association.objects.get(slug_fr="limoges-solidarite-sahel")
    unsigned = Subsidy.objects.create(
        association=sahel, year=2026, amount=900, purpose_fr="Convention à signer", agreement_date=None
    )
    anonymous = Association.objects.get(slug_fr="jeunes-passerelles-limoges-furth")
    Association.objects.filter(pk=anonymous.pk).update(rna="")
    exported = client.get(CSV_ADDRESS).content.decode()
    assert "Convention à signer" not in exported and anonymous.name_fr not in exported
    assert sahel.name_fr in exported

    left_out = dict(open_data.subsidies_left_out())
    with translation.override("en"):
        assert [str(reason) for reason in left_out[unsigned]] == ["No date of the agreement."]
    assert all(subsidy.association_id == anonymous.pk or subsidy.agreement_date is None for subsidy in left_out)

    page = admin_client.get("/en/admin/relations/subsidy/?open_data=left_out").content.decode()
    assert "subsidies are left out of the open data" in page
    assert "Convention à signer" in page and "No date of the agreement." in page
    assert "Its association has neither a SIRET nor an RNA number." in page
    assert "Lire à Saint-Louis" not in page  # valid: not in the list of those left out


def test_without_the_city_siret_nothing_is_published_and_the_deploy_check_warns(demo, settings, client):
    settings.CITY_SIRET = ""
    rows = list(csv.DictReader(io.StringIO(client.get(CSV_ADDRESS).content.decode())))
    assert rows == []
    warnings = checks.run_checks(include_deployment_checks=True, tags=["open_data"])
    assert [warning.id for warning in warnings] == ["relations.W101"]
    settings.CITY_SIRET = DEMO_CITY_SIRET
    assert [w.id for w in checks.run_checks(include_deployment_checks=True, tags=["open_data"])] == ["relations.W101"]
    settings.CITY_SIRET = "00000002600005"  # another number whose check digit holds
    assert checks.run_checks(include_deployment_checks=True, tags=["open_data"]) == []


def test_the_dataset_is_one_french_file_whatever_the_language(demo, city_siret, client):
    french = client.get(CSV_ADDRESS)
    for address in ("/de/vereine/zuschuesse.csv", "/en/associations/subsidies.csv"):
        response = client.get(address)
        assert response.status_code == 301 and response["Location"] == CSV_ADDRESS
        assert client.get(address, follow=True).content == french.content
    assert client.get("/en/associations/subsidies.json")["Location"] == JSON_ADDRESS
    # French texts, never their translations.
    purposes = {row["objet"] for row in csv.DictReader(io.StringIO(french.content.decode()))}
    assert purposes <= set(Subsidy.objects.values_list("purpose_fr", flat=True))


def test_the_beneficiary_numbers_are_checked():
    association = Association(name_fr="Essai", slug_fr="essai", summary_fr="Essai.", theme="culture")
    for siret_number, rna in (("00000001800003", ""), ("1234567890123", ""), ("", "W12345678"), ("", "X123456789")):
        association.siret, association.rna = siret_number, rna
        with pytest.raises(ValidationError) as error:
            association.full_clean()
        assert {"siret", "rna"} & set(error.value.message_dict)
    association.siret, association.rna = "00000001800002", "W000000011"
    association.full_clean()


def test_a_payment_date_or_period_is_written_as_the_schema_wants():
    subsidy = Subsidy(year=2025)
    assert subsidy.payment_period == "2025-01-01/2025-12-31"
    subsidy.payment_start = datetime.date(2025, 5, 15)
    assert subsidy.payment_period == "2025-05-15"
    subsidy.payment_end = datetime.date(2025, 12, 15)
    assert subsidy.payment_period == "2025-05-15/2025-12-15"


def test_the_dataset_is_described_for_data_gouv_fr(demo, city_siret, client):
    # Linked from the open data's page in every language, at its one French address.
    listing = client.get("/de/vereine/").content.decode()
    assert 'href="/fr/associations/donnees-ouvertes.jsonld"' in listing
    assert 'href="/fr/associations/subventions.csv"' in listing
    response = client.get("/fr/associations/donnees-ouvertes.jsonld")
    assert response["Content-Type"] == "application/ld+json"
    catalog = json.loads(response.content)
    assert catalog["@type"] == "dcat:Catalog" and catalog["@context"]["dcat"] == "http://www.w3.org/ns/dcat#"
    (dataset,) = catalog["dcat:dataset"]
    assert dataset["dct:license"]["@id"] == open_data.LICENCE_URL
    subsidies = Subsidy.objects.values_list("updated_at", flat=True)
    latest = max([*subsidies, *Association.objects.values_list("updated_at", flat=True)])
    assert datetime.datetime.fromisoformat(dataset["dct:modified"]["@value"]) == latest
    assert dataset["dct:conformsTo"]["@id"] == open_data.SCHEMA_URL
    downloads = {item["dct:format"]: item["dcat:downloadURL"]["@id"] for item in dataset["dcat:distribution"]}
    assert downloads == {
        "CSV": "http://testserver" + CSV_ADDRESS,
        "JSON": "http://testserver" + JSON_ADDRESS,
    }
    for address in downloads.values():
        assert client.get(address).status_code == 200
    assert client.get("/de/vereine/offene-daten.jsonld")["Location"] == "/fr/associations/donnees-ouvertes.jsonld"
