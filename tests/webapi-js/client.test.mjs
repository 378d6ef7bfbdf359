// dynamics-web-api v2 (the most used JavaScript Dataverse Web API client) against the served emulator.
// Started by tests/CrmTiering.Emulator.WebApi.Tests (DynamicsWebApiClientTests), which serves a seeded org and
// passes: CRMTIERING_SERVER_URL (http://127.0.0.1:port/), DATAVERSE_ACCESS_TOKEN, CRMTIERING_EXPECTED (the
// org's rows read through the SDK, a JSON file) and CRMTIERING_RESULT (where this test writes what it did,
// so the C# side checks the writes against the org). Every comparison fails the run when the client and
// the facade disagree.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { DynamicsWebApi } from "dynamics-web-api";

const serverUrl = process.env.CRMTIERING_SERVER_URL;
const token = process.env.DATAVERSE_ACCESS_TOKEN;
const expected = JSON.parse(readFileSync(process.env.CRMTIERING_EXPECTED, "utf8"));
const result = {};

const api = new DynamicsWebApi({
  serverUrl,
  dataApi: { version: "9.2" },
  onTokenRefresh: async () => token,
});

const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
const shape = (row) => ({ id: row.accountid, name: row.name, parentId: row._parentaccountid_value ?? null });

test("retrieve by key returns the row's columns and lookup", async () => {
  const child = expected.accounts.find((a) => a.parentId !== null);
  const row = await api.retrieve({ collection: "accounts", key: child.id, select: ["name", "_parentaccountid_value"] });
  assert.deepEqual(shape(row), child);
});

test("retrieveMultiple with maxPageSize returns one page and a next link", async () => {
  const page = await api.retrieveMultiple({ collection: "accounts", select: ["name"], maxPageSize: expected.pageSize });
  assert.equal(page.value.length, expected.pageSize);
  assert.ok(page.oDataNextLink, "a next link while more rows exist");
  assert.ok(!page.oDataNextLink.includes("$skip="), "paging by $skiptoken, never $skip");
  const next = await api.retrieveMultiple({ collection: "accounts", select: ["name"], maxPageSize: expected.pageSize }, page.oDataNextLink);
  const ids = new Set(page.value.map((r) => r.accountid));
  assert.ok(next.value.every((r) => !ids.has(r.accountid)), "the second page repeats no row of the first");
});

test("retrieveAll with maxPageSize walks every page", async () => {
  const all = await api.retrieveAll({ collection: "accounts", select: ["name", "_parentaccountid_value"], maxPageSize: expected.pageSize });
  assert.ok(expected.accounts.length > 2 * expected.pageSize, "the data spans at least three pages");
  assert.deepEqual(all.value.map(shape).sort(byName), expected.accounts);
});

test("retrieveMultiple with a filter and an order matches the org", async () => {
  const rows = await api.retrieveMultiple({
    collection: "accounts",
    select: ["name", "_parentaccountid_value"],
    filter: "_parentaccountid_value ne null and startswith(name,'Child')",
    orderBy: ["name desc"],
  });
  const children = expected.accounts.filter((a) => a.parentId !== null && a.name.startsWith("Child"));
  assert.deepEqual(rows.value.map(shape), [...children].sort(byName).reverse());
});

const fetchAccounts = (count) =>
  `<fetch count="${count}"><entity name="account"><attribute name="name"/><attribute name="parentaccountid"/><order attribute="name"/></entity></fetch>`;

test("fetch with FetchXML pages by the paging cookie annotation", async () => {
  const annotations = "Microsoft.Dynamics.CRM.fetchxmlpagingcookie,Microsoft.Dynamics.CRM.morerecords";
  const first = await api.fetch({ collection: "accounts", fetchXml: fetchAccounts(expected.fetchCount), includeAnnotations: annotations });
  assert.equal(first.value.length, expected.fetchCount);
  assert.ok(first.PagingInfo, "the paging cookie annotation while more rows exist");
  assert.equal(first.PagingInfo.nextPage, 2);
  const second = await api.fetch({
    collection: "accounts",
    fetchXml: fetchAccounts(expected.fetchCount),
    includeAnnotations: annotations,
    pageNumber: first.PagingInfo.nextPage,
    pagingCookie: first.PagingInfo.cookie,
  });
  assert.deepEqual(second.value.map(shape), expected.accounts.slice(expected.fetchCount, 2 * expected.fetchCount));
});

test("fetchAll with FetchXML walks every page and stops on the last", async () => {
  const all = await api.fetchAll({
    collection: "accounts",
    fetchXml: fetchAccounts(expected.fetchCount),
    includeAnnotations: "Microsoft.Dynamics.CRM.fetchxmlpagingcookie",
  });
  assert.deepEqual(all.value.map(shape), expected.accounts);
});

test("fetchAll with a FetchXML too long for a URL goes through $batch and still pages", async () => {
  // Over 2 000 characters the client sends the GET inside a $batch POST.
  const names = Array.from({ length: 60 }, (_, i) => `<condition attribute="name" operator="ne" value="No such account ${i}"/>`).join("");
  const fetchXml = `<fetch count="${expected.fetchCount}"><entity name="account"><attribute name="name"/><attribute name="parentaccountid"/><order attribute="name"/><filter>${names}</filter></entity></fetch>`;
  assert.ok(encodeURIComponent(fetchXml).length > 2000);
  const all = await api.fetchAll({ collection: "accounts", fetchXml, includeAnnotations: "*" });
  assert.deepEqual(all.value.map(shape), expected.accounts);
});

test("create and update write through the facade", async () => {
  const parent = expected.accounts.find((a) => a.parentId === null);
  const created = await api.create({
    collection: "accounts",
    data: { name: "Created by dynamics-web-api", "parentaccountid@odata.bind": `/accounts(${parent.id})` },
  });
  assert.match(created, /^[0-9a-f-]{36}$/);
  await api.update({ collection: "accounts", key: created, data: { name: "Updated by dynamics-web-api", revenue: 1234.5 } });
  const row = await api.retrieve({ collection: "accounts", key: created, select: ["name", "revenue", "_parentaccountid_value"] });
  assert.equal(row.name, "Updated by dynamics-web-api");
  assert.equal(row.revenue, 1234.5);
  assert.equal(row._parentaccountid_value, parent.id);
  result.createdId = created;
  result.parentId = parent.id;
});

test("the unbound action ctier_RecalculateTiers runs page after page", async () => {
  let cookie = null;
  let processed = 0;
  let pages = 0;
  do {
    const action = { Mode: "All", PageSize: expected.pageSize };
    if (cookie) action.PageCookie = cookie;
    const response = await api.callAction({ actionName: "ctier_RecalculateTiers", action });
    assert.equal(typeof response.Processed, "number");
    processed += response.Processed;
    cookie = response.MoreRecords ? response.PageCookie : null;
    pages++;
  } while (cookie);
  result.processed = processed;
  result.actionPages = pages;
  writeFileSync(process.env.CRMTIERING_RESULT, JSON.stringify(result));
});
