using Microsoft.Xrm.Sdk;

namespace CrmTiering.Emulator;

/// <summary>
/// Runs a request for a caller. The innermost executor dispatches to the message handlers; the pipeline
/// wraps it (see <see cref="EmulatedOrganization.WrapExecutor"/>) to run the event pipeline and
/// transactions around every request, nested ones included.
/// </summary>
public interface IRequestExecutor
{
    OrganizationResponse Execute(OrganizationRequest request, CallerContext caller);
}
