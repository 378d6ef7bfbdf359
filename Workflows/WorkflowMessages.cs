using CrmTiering.Plugins.Data;

namespace CrmTiering.Workflows;

/// <summary>
/// Every message an activity fails with, shown to the user in the process log. Format items:
/// {0} = the activity or record named in each message.
/// </summary>
public static class WorkflowMessages
{
    public const string TierChangeNotGiven = "{0} needs the tier change to act on; the process gave none.";

    public const string TierChangeNotFound =
        "The tier change {0} does not exist (it may have been deleted); nothing was done.";

    public const string TierChangeWithoutAccount = "The tier change {0} names no account; nothing was done.";

    public const string TierChangeWithoutMovement = "The tier change {0} has no movement; nothing was done.";

    /// <summary>{0} = the row id, {1} = the stored option value.</summary>
    public const string UnknownMovement = "The tier change {0} has a movement this version does not know ({1}); nothing was done.";

    public const string AccountNotGiven = "{0} needs an account; the process gave none.";

    public const string AccountNotFound = "The account {0} does not exist (it may have been deleted); nothing was done.";

    /// <summary>{0} = every problem Core found, one per line. The shared policy reader's message.</summary>
    public const string PolicyInvalid = TierPolicySource.InvalidPolicyMessage;

    public const string FallbackOwnerNotAUser =
        "The tier policy's fallbackOwner '{0}' is not a user id (a GUID); set it to the id of an enabled user, or to null.";
}
