using System;
using System.IO;
using System.Linq;
using CrmTiering.Emulator.Faults;
using CrmTiering.Emulator.Security;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests;

/// <summary>
/// Roles in the solution-file format SolutionPackager writes ("SolutionPackager tool",
/// learn.microsoft.com): &lt;Role&gt; with &lt;RolePrivilege name level&gt;, levels Basic, Local, Deep, Global.
/// </summary>
public class RoleFileTests
{
    private const string Role = """
        <?xml version="1.0" encoding="utf-8"?>
        <Role id="{1dba4bce-b099-5031-866f-94346d237aa7}" name="Widget Keeper" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <IsCustomizable>1</IsCustomizable>
          <RolePrivileges>
            <RolePrivilege name="prvCreatecw_widget" level="Global" />
            <RolePrivilege name="prvWritecw_widget" level="Deep" />
            <RolePrivilege name="prvDeletecw_widget" level="Local" />
            <RolePrivilege name="prvReadAccount" level="Basic" />
          </RolePrivileges>
        </Role>
        """;

    [Fact]
    public void A_role_file_gives_its_id_name_and_each_privilege_at_its_level()
    {
        // Docs: "SolutionPackager tool" (Roles/*.xml) and "Security roles and privileges" (Basic = User, Local = Business Unit, Deep = Parent: Child, Global = Organization).
        var role = RoleFile.Parse(Role.Trim());

        Assert.Equal(new Guid("1dba4bce-b099-5031-866f-94346d237aa7"), role.Id);
        Assert.Equal("Widget Keeper", role.Name);
        Assert.Equal(PrivilegeDepth.Organization, role.DepthOf("prvCreatecw_widget"));
        Assert.Equal(PrivilegeDepth.ParentChildBusinessUnits, role.DepthOf("prvWritecw_widget"));
        Assert.Equal(PrivilegeDepth.BusinessUnit, role.DepthOf("prvDeletecw_widget"));
        Assert.Equal(PrivilegeDepth.User, role.DepthOf("prvReadAccount"));
        Assert.Null(role.DepthOf("prvAppendcw_widget"));
        Assert.Equal(new[] { "Basic", "Local", "Deep", "Global" }, Enum.GetValues<PrivilegeDepth>().Select(RoleFile.LevelOf));
    }

    [Fact]
    public void A_loaded_role_given_to_a_user_decides_what_the_user_may_write()
    {
        // Docs: "Security roles and privileges" — privileges come from the user's roles.
        var org = new EmulatedOrganization();
        var user = org.AddUser("Keeper");
        org.AssignRole(user, org.AddRole(RoleFile.Parse(Role.Trim())));

        org.ServiceFor(user).Create(new Entity("cw_widget"));
        FaultAssert.Expect(PlatformErrorCodes.PrivilegeDenied, () => org.ServiceFor(user).Create(new Entity("cw_gadget")));
    }

    [Fact]
    public void An_unknown_level_or_a_document_that_is_not_a_role_is_refused()
    {
        // Docs: "SolutionPackager tool" — only the four access levels exist.
        var bad = Role.Trim().Replace("level=\"Deep\"", "level=\"Everything\"");

        var level = Assert.Throws<FormatException>(() => RoleFile.Parse(bad));
        Assert.Contains("Everything", level.Message);
        Assert.Contains("prvWritecw_widget", level.Message);
        Assert.Throws<FormatException>(() => RoleFile.Parse("<Team name=\"x\" />"));
    }

    [Fact]
    public void Every_role_file_of_the_solution_source_loads()
    {
        // Docs: "SolutionPackager tool" — the loader reads the format the packager writes, whatever the product's roles are.
        var folder = Path.Combine(RepositoryRoot(), "Solution", "src", "Roles");
        var files = Directory.GetFiles(folder, "*.xml");

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var role = RoleFile.Load(file);
            Assert.Equal(Path.GetFileNameWithoutExtension(file), role.Name);
            Assert.NotEmpty(role.Privileges);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CrmTiering.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("CrmTiering.sln not found above the test binaries.");
    }
}
