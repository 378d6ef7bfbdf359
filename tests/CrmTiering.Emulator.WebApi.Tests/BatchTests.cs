using System;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.WebApi.Tests;

/// <summary>$batch as "Execute batch operations using the Web API" describes it.</summary>
public sealed class BatchTests
{
    private static HttpRequestMessage Batch(string body, string? prefer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = new StringContent(body.Replace("\n", "\r\n"), Encoding.UTF8) };
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "multipart/mixed; boundary=\"batch_AAA\"");
        if (prefer is not null) request.Headers.TryAddWithoutValidation("Prefer", prefer);
        return request;
    }

    private static async Task<(int Status, string Body)> SendAsync(ServedOrg served, HttpRequestMessage request)
    {
        var response = await served.Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Gets_in_a_batch_are_answered_in_order_as_application_http_parts()
    {
        await using var served = await ServedOrg.StartAsync();
        var id = served.SeedAccount("In batch");
        var root = served.Server.ServiceRoot;

        var (status, body) = await SendAsync(served, Batch($"""
            --batch_AAA
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            GET {root}accounts({id})?$select=name HTTP/1.1
            Accept: application/json

            --batch_AAA
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            GET /api/data/v9.2/WhoAmI HTTP/1.1

            --batch_AAA--
            """));

        Assert.Equal(200, status);
        Assert.StartsWith("--batchresponse_", body);
        var first = body.IndexOf("\"name\":\"In batch\"", StringComparison.Ordinal);
        var second = body.IndexOf(served.Admin.ToString("D"), StringComparison.Ordinal);
        Assert.True(first > 0 && second > first, body);
        Assert.Equal(2, body.Split("HTTP/1.1 200 OK").Length - 1);
    }

    [Fact]
    public async Task A_change_set_commits_together_and_content_id_references_name_created_rows()
    {
        await using var served = await ServedOrg.StartAsync();

        var (status, body) = await SendAsync(served, Batch("""
            --batch_AAA
            Content-Type: multipart/mixed; boundary=changeset_BBB

            --changeset_BBB
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 1

            POST /api/data/v9.2/accounts HTTP/1.1
            Content-Type: application/json

            {"name":"Parent in change set"}
            --changeset_BBB
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 2

            POST /api/data/v9.2/accounts HTTP/1.1
            Content-Type: application/json

            {"name":"Child in change set","parentaccountid@odata.bind":"$1"}
            --changeset_BBB
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 3

            PATCH $1 HTTP/1.1
            Content-Type: application/json

            {"numberofemployees":7}
            --changeset_BBB--
            --batch_AAA--
            """));

        Assert.Equal(200, status);
        Assert.Contains("--changesetresponse_", body, StringComparison.Ordinal);
        Assert.Equal(3, body.Split("HTTP/1.1 204 No Content").Length - 1);
        var rows = served.Organization.SystemService.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("account") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet(true) }).Entities;
        var parent = rows.Single(r => r.GetAttributeValue<string>("name") == "Parent in change set");
        Assert.Equal(7, parent.GetAttributeValue<int>("numberofemployees"));
        Assert.Equal(parent.Id, rows.Single(r => r.GetAttributeValue<string>("name") == "Child in change set").GetAttributeValue<EntityReference>("parentaccountid").Id);
    }

    [Fact]
    public async Task A_failed_request_rolls_the_change_set_back_and_stops_the_batch_with_its_status()
    {
        await using var served = await ServedOrg.StartAsync();

        var (status, body) = await SendAsync(served, Batch($"""
            --batch_AAA
            Content-Type: multipart/mixed; boundary=changeset_BBB

            --changeset_BBB
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 1

            POST /api/data/v9.2/accounts HTTP/1.1
            Content-Type: application/json

            {"{"}"name":"Rolled back"{"}"}
            --changeset_BBB
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 2

            PATCH /api/data/v9.2/accounts({Guid.NewGuid()}) HTTP/1.1
            Content-Type: application/json
            If-Match: *

            {"{"}"name":"Missing"{"}"}
            --changeset_BBB--
            --batch_AAA
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            GET /api/data/v9.2/WhoAmI HTTP/1.1

            --batch_AAA--
            """));

        Assert.Equal(404, status);
        Assert.Contains("0x80040217", body, StringComparison.Ordinal);
        Assert.DoesNotContain("WhoAmIResponse", body, StringComparison.Ordinal);
        Assert.Equal(0, served.Organization.CountRows("account"));
    }

    [Fact]
    public async Task Continue_on_error_runs_every_request_and_answers_200()
    {
        await using var served = await ServedOrg.StartAsync();

        var (status, body) = await SendAsync(served, Batch($"""
            --batch_AAA
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            GET /api/data/v9.2/accounts({Guid.NewGuid()}) HTTP/1.1

            --batch_AAA
            Content-Type: application/http
            Content-Transfer-Encoding: binary

            POST /api/data/v9.2/accounts HTTP/1.1
            Content-Type: application/json

            {"{"}"name":"After the error"{"}"}
            --batch_AAA--
            """, prefer: "odata.continue-on-error"));

        Assert.Equal(200, status);
        Assert.Contains("HTTP/1.1 404 Not Found", body, StringComparison.Ordinal);
        Assert.Contains("HTTP/1.1 204 No Content", body, StringComparison.Ordinal);
        Assert.Equal(1, served.Organization.CountRows("account"));
    }

    [Fact]
    public async Task A_get_inside_a_change_set_is_refused()
    {
        await using var served = await ServedOrg.StartAsync();

        var (status, body) = await SendAsync(served, Batch("""
            --batch_AAA
            Content-Type: multipart/mixed; boundary=changeset_BBB

            --changeset_BBB
            Content-Type: application/http
            Content-Transfer-Encoding: binary
            Content-ID: 1

            GET /api/data/v9.2/WhoAmI HTTP/1.1

            --changeset_BBB--
            --batch_AAA--
            """));

        Assert.Equal(400, status);
        Assert.Contains("not allowed inside a change set", body, StringComparison.Ordinal);
    }
}
