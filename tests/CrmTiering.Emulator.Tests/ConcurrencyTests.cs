using CrmTiering.Emulator.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace CrmTiering.Emulator.Tests;

/// <summary>
/// Optimistic concurrency ("Optimistic concurrency", learn.microsoft.com/power-apps/developer/data-platform/optimistic-concurrency;
/// codes from "Web service error codes", learn.microsoft.com/power-apps/developer/data-platform/reference/web-service-error-codes).
/// </summary>
public class ConcurrencyTests
{
    private readonly EmulatedOrganization _org = new();

    [Fact]
    public void Update_if_row_version_matches_fails_when_someone_wrote_in_between()
    {
        var id = _org.SystemService.Create(new Entity("account") { ["name"] = "A" });
        var read = _org.SystemService.Retrieve("account", id, new ColumnSet("name"));
        _org.SystemService.Update(new Entity("account", id) { ["name"] = "B" });

        var stale = new Entity("account", id) { ["name"] = "C", RowVersion = read.RowVersion };
        var fault = FaultAssert.Expect(
            PlatformErrorCodes.ConcurrencyVersionMismatch,
            () => _org.SystemService.Execute(new UpdateRequest { Target = stale, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));

        Assert.Equal(PlatformMessages.ConcurrencyVersionMismatch, fault.Message);
        Assert.Equal("B", _org.Peek("account", id)!["name"]);
    }

    [Fact]
    public void Update_if_row_version_matches_succeeds_with_the_current_version()
    {
        var id = _org.SystemService.Create(new Entity("account") { ["name"] = "A" });
        var read = _org.SystemService.Retrieve("account", id, new ColumnSet("name"));

        _org.SystemService.Execute(new UpdateRequest
        {
            Target = new Entity("account", id) { ["name"] = "B", RowVersion = read.RowVersion },
            ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
        });

        Assert.Equal("B", _org.Peek("account", id)!["name"]);
    }

    [Fact]
    public void Default_behaviour_ignores_a_stale_row_version()
    {
        var id = _org.SystemService.Create(new Entity("account") { ["name"] = "A" });

        _org.SystemService.Update(new Entity("account", id) { ["name"] = "B", RowVersion = "1" });

        Assert.Equal("B", _org.Peek("account", id)!["name"]);
    }

    [Fact]
    public void Delete_if_row_version_matches_fails_on_a_stale_version()
    {
        var id = _org.SystemService.Create(new Entity("account"));
        var version = _org.Peek("account", id)!.RowVersion;
        _org.SystemService.Update(new Entity("account", id) { ["name"] = "B" });

        FaultAssert.Expect(
            PlatformErrorCodes.ConcurrencyVersionMismatch,
            () => _org.SystemService.Execute(new DeleteRequest
            {
                Target = new EntityReference("account", id) { RowVersion = version },
                ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches,
            }));
        Assert.NotNull(_org.Peek("account", id));
    }

    [Fact]
    public void If_row_version_matches_without_a_version_fails()
    {
        var id = _org.SystemService.Create(new Entity("account"));

        FaultAssert.Expect(
            PlatformErrorCodes.ConcurrencyVersionNotProvided,
            () => _org.SystemService.Execute(new UpdateRequest { Target = new Entity("account", id) { ["name"] = "B" }, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches }));
    }

    [Fact]
    public void The_concurrency_error_codes_are_the_documented_numbers()
    {
        Assert.Equal(unchecked((int)0x80060882), PlatformErrorCodes.ConcurrencyVersionMismatch);
        Assert.Equal(unchecked((int)0x80060883), PlatformErrorCodes.ConcurrencyVersionNotProvided);
        Assert.Equal(unchecked((int)0x8006088D), PlatformErrorCodes.OptimisticConcurrencyNotEnabled);
        Assert.Equal(-2147088253, PlatformErrorCodes.ConcurrencyVersionNotProvided);
    }
}
