using System;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Tests;

/// <summary>Asserts a call fails with a platform fault and returns its detail.</summary>
internal static class FaultAssert
{
    public static OrganizationServiceFault Expect(int errorCode, Action call)
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(call);
        Assert.Equal(errorCode, fault.Detail.ErrorCode);
        return fault.Detail;
    }
}
