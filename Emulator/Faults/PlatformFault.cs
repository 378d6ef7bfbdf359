using System;
using System.Globalization;
using System.ServiceModel;
using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator.Faults;

/// <summary>
/// Builds faults shaped like the platform's: <see cref="FaultException{TDetail}"/> carrying an
/// <see cref="OrganizationServiceFault"/> with the documented error code and message.
/// </summary>
public static class PlatformFault
{
    public static FaultException<OrganizationServiceFault> Create(int errorCode, string message)
    {
        var detail = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
        };
        return new FaultException<OrganizationServiceFault>(detail, message);
    }

    public static FaultException<OrganizationServiceFault> ObjectDoesNotExist(string table, Guid id) =>
        Create(PlatformErrorCodes.ObjectDoesNotExist, Format(PlatformMessages.ObjectDoesNotExist, table, id));

    public static FaultException<OrganizationServiceFault> ReadAccessDenied(Guid principal, string table, Guid id) =>
        Create(PlatformErrorCodes.AccessDenied, Format(PlatformMessages.ReadAccessDenied, principal, id, table));

    public static FaultException<OrganizationServiceFault> InvalidArgument(string message) =>
        Create(PlatformErrorCodes.InvalidArgument, message);

    public static FaultException<OrganizationServiceFault> MissingParameter(string parameter) =>
        InvalidArgument(Format(PlatformMessages.RequiredParameterMissing, parameter));

    internal static string Format(string format, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, format, values);
}
