"""/api/openapi.json: a valid OpenAPI 3.1 document that describes the real responses."""

import json

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from werkzeug.datastructures import MultiDict

from search_ui.params import MAX_PAGE, parse_request


@pytest.fixture
def spec(client) -> dict:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    return response.get_json()


def schema_validator(spec: dict, schema: dict) -> Draft202012Validator:
    """A validator of `schema` that resolves the document's #/components references."""
    return Draft202012Validator({**schema, "components": spec["components"]})


def response_schema(spec: dict, path: str, status: str, mimetype: str = "application/json"):
    return spec["paths"][path]["get"]["responses"][status]["content"][mimetype]["schema"]


def check(spec: dict, path: str, status: str, body, mimetype: str = "application/json") -> None:
    """The body fits the described schema: closed objects mean no field goes undescribed,
    and required fields mean none described is missing."""
    validator = schema_validator(spec, response_schema(spec, path, status, mimetype))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
    assert errors == []


def test_the_description_is_valid_openapi(spec):
    validate(spec)
    assert spec["openapi"] == "3.1.0"
    assert set(spec["paths"]) == {
        "/api/search",
        "/api/article/{id}",
        "/api/suggest",
        "/api/export.csv",
        "/api/export.jsonl",
    }


class ReadArgs(MultiDict):
    """Query arguments that remember which names were read."""

    def __init__(self):
        super().__init__()
        self.names = set()

    def get(self, key, default=None, type=None):
        self.names.add(key)
        return super().get(key, default, type)

    def getlist(self, key, type=None):
        self.names.add(key)
        return super().getlist(key, type)


def test_every_search_parameter_is_described(spec):
    """The names the site reads from a URL, all of them described, and no other."""
    args = ReadArgs()
    parse_request(args)
    described = {p["name"] for p in spec["paths"]["/api/search"]["get"]["parameters"]}
    assert described == args.names
    exported = {p["name"] for p in spec["paths"]["/api/export.csv"]["get"]["parameters"]}
    assert exported == args.names - {"page", "per_page", "as_typed", "copies"}
    page = next(p for p in spec["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "page")
    assert page["schema"]["maximum"] == MAX_PAGE


@pytest.mark.parametrize(
    "params",
    [
        {"q": "собянин"},
        {"q": "стали", "sort": "date", "per_page": "1", "page": "2"},
        {"q": "выборы президента", "source": "Пример", "year": "2024"},
        {"q": "ghtpbltyn"},  # a wrong layout: a suggestion
        {"q": "и в на"},  # stop words only: a hint
        {"q": "товарооборот -минск"},
        {"q": "собянин", "from": "32.13.2018", "to": "вчера"},  # dates not read
        {"q": "собянин", "from": "2025", "to": "2018"},  # a reversed period
    ],
)
def test_real_search_responses_fit_the_description(client, spec, params):
    response = client.get("/api/search", query_string=params)
    assert response.status_code == 200
    check(spec, "/api/search", "200", response.get_json())


def test_a_real_article_fits_the_description(client, spec):
    hit = client.get("/api/search", query_string={"q": "собянин"}).get_json()["results"][0]
    response = client.get(f"/api/article/{hit['id']}", query_string={"q": "собянин"})
    body = response.get_json()
    assert body["similar"], "the check should cover similar articles too"
    check(spec, "/api/article/{id}", "200", body)


def test_real_errors_fit_the_one_error_shape(client, spec):
    missing = client.get("/api/article/0123456789abcdef")
    assert missing.status_code == 404
    check(spec, "/api/article/{id}", "404", missing.get_json())
    no_query = client.get("/api/export.csv")
    assert no_query.status_code == 400
    check(spec, "/api/export.csv", "400", no_query.get_json())


def test_real_suggestions_fit_the_description(client, spec):
    for q in ("собян", "", "ъъъ"):
        body = json.loads(client.get("/api/suggest", query_string={"q": q}).data)
        check(spec, "/api/suggest", "200", body, "application/x-suggestions+json")


@pytest.mark.parametrize(
    ("path", "charset"),
    [("/api/export.csv", {"charset": "utf-8"}), ("/api/export.jsonl", {"charset": "utf-8"}),
     ("/api/suggest", {})],
)  # fmt: skip
def test_real_media_types_are_the_described_ones(client, spec, path, charset):
    response = client.get(path, query_string={"q": "стали"})
    response.get_data()  # an export streams: read it to its end
    described = spec["paths"][path]["get"]["responses"]["200"]["content"]
    assert list(described) == [response.mimetype] and response.mimetype_params == charset


def test_real_export_rows_fit_the_export_row_schema(client, spec):
    text = client.get("/api/export.jsonl", query_string={"q": "стали"}).get_data(as_text=True)
    validator = schema_validator(spec, {"$ref": "#/components/schemas/ExportRow"})
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 2
    for row in rows:
        assert list(validator.iter_errors(row)) == []


def test_the_description_catches_an_undescribed_field(client, spec):
    """The check itself can fail: a field the description lacks is an error."""
    body = client.get("/api/search", query_string={"q": "собянин"}).get_json()
    body["results"][0]["extra"] = 1
    validator = schema_validator(spec, response_schema(spec, "/api/search", "200"))
    assert [e.validator for e in validator.iter_errors(body)] == ["additionalProperties"]
