using System;
using System.Activities;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Workflow;

namespace CrmTiering.Sdk.Tests.Identity;

/// <summary>A plug-in compiled against the contract must bind to Microsoft's assemblies in Dataverse.</summary>
public class AssemblyIdentityTests
{
    [Theory]
    [InlineData(typeof(Entity), "Microsoft.Xrm.Sdk, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
    [InlineData(typeof(IWorkflowContext), "Microsoft.Xrm.Sdk.Workflow, Version=9.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
    [InlineData(typeof(CodeActivity), "System.Activities, Version=4.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35")]
    public void Contract_assembly_carries_the_real_identity(Type contractType, string expectedFullName)
    {
        // Given a type of the contract
        // When its assembly name is read
        var name = contractType.Assembly.GetName();

        // Then it is the real assembly's full name, public key token included
        Assert.Equal(expectedFullName, name.FullName);
    }

    [Fact]
    public void Workflow_contract_references_the_sdk_contract_by_its_real_identity()
    {
        var references = typeof(IWorkflowContext).Assembly.GetReferencedAssemblies();

        Assert.Contains(references, r => r.FullName == typeof(Entity).Assembly.GetName().FullName);
    }
}
