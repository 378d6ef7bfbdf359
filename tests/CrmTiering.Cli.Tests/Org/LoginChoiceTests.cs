using System;
using System.Collections.Generic;
using CrmTiering.Cli.Org;
using CrmTiering.Cli.Org.Auth;
using Xunit;

namespace CrmTiering.Cli.Tests.Org;

/// <summary>Which sign-in the options and the environment choose — no network.</summary>
public sealed class LoginChoiceTests
{
    private const string ClientId = "11111111-2222-3333-4444-555555555555";
    private static readonly OrgAddress Org = OrgAddress.Parse("https://contoso.crm.dynamics.com");

    private static LoginPlan Choose(LoginOptions options, params (string Name, string Value)[] variables)
    {
        var map = new Dictionary<string, string>();
        foreach (var (name, value) in variables) map[name] = value;
        return LoginChoice.Choose(Org, options, name => map.TryGetValue(name, out var v) ? v : null);
    }

    [Fact]
    public void The_token_variable_alone_is_a_bearer_token()
    {
        var plan = Choose(new LoginOptions(null, null, null, false), ("DATAVERSE_ACCESS_TOKEN", "abc"));
        Assert.Equal(LoginKind.AccessToken, plan.Kind);
        Assert.Equal("abc", plan.Secret);
    }

    [Fact]
    public void An_app_registration_uses_the_secret_variable_and_the_default_scope()
    {
        var plan = Choose(new LoginOptions("contoso.onmicrosoft.com", ClientId, null, false), ("CRMTIERING_CLIENT_SECRET", "s3cret"), ("DATAVERSE_ACCESS_TOKEN", "abc"));
        Assert.Equal(LoginKind.ClientSecret, plan.Kind);
        Assert.Equal("https://contoso.crm.dynamics.com/.default", plan.Scope);
        Assert.Equal("s3cret", plan.Secret);
        Assert.NotNull(plan.Warning);
    }

    [Fact]
    public void A_certificate_replaces_the_secret()
    {
        var plan = Choose(new LoginOptions("contoso.onmicrosoft.com", ClientId, "app.pfx", false), ("CRMTIERING_CERTIFICATE_PASSWORD", "pw"));
        Assert.Equal(LoginKind.Certificate, plan.Kind);
        Assert.Equal("app.pfx", plan.CertificatePath);
        Assert.Equal("pw", plan.CertificatePassword);
    }

    [Fact]
    public void Device_code_is_delegated_and_defaults_to_any_organization()
    {
        var plan = Choose(new LoginOptions(null, ClientId, null, true));
        Assert.Equal(LoginKind.DeviceCode, plan.Kind);
        Assert.Equal("https://contoso.crm.dynamics.com/user_impersonation", plan.Scope);
        Assert.Equal("organizations", plan.Tenant);
    }

    [Theory]
    [InlineData(null, null, null, false, "DATAVERSE_ACCESS_TOKEN")]
    [InlineData("contoso.onmicrosoft.com", ClientId, null, false, "CRMTIERING_CLIENT_SECRET")]
    [InlineData(null, ClientId, null, false, "--tenant")]
    [InlineData(null, null, null, true, "--client-id")]
    [InlineData("contoso.onmicrosoft.com", "not-a-guid", null, false, "not an id")]
    [InlineData(null, ClientId, "app.pfx", true, "one of them")]
    public void Options_that_make_no_single_sign_in_are_one_line_mistakes(string? tenant, string? clientId, string? certificate, bool deviceCode, string expected)
    {
        var e = Assert.Throws<UserMistakeException>(() => Choose(new LoginOptions(tenant, clientId, certificate, deviceCode)));
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Theory]
    [InlineData("contoso.crm.dynamics.com")]
    [InlineData("http://contoso.crm.dynamics.com")]
    [InlineData("https://contoso.crm.dynamics.com/main.aspx?appid=1")]
    [InlineData("https://user:pw@contoso.crm.dynamics.com")]
    public void A_wrong_org_url_is_refused(string url)
    {
        var e = Assert.Throws<UserMistakeException>(() => OrgAddress.Parse(url));
        Assert.Contains("https://<org>.crm.dynamics.com", e.Message);
    }

    [Fact]
    public void The_web_api_url_names_the_same_org()
    {
        Assert.Equal("https://contoso.crm.dynamics.com/api/data/v9.2/", OrgAddress.Parse("https://contoso.crm.dynamics.com/api/data/v9.2").WebApi.ToString());
    }
}
