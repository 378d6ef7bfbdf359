namespace CrmTiering.Solution.Packer;

/// <summary>Every error the packer reports; tests assert on these texts.</summary>
public static class PackingMessages
{
    public const string UnknownMessageId =
        "Step '{0}' uses message '{1}', whose SDK message id is not known. Read it from an organisation " +
        "(GET /api/data/v9.2/sdkmessages?$filter=name eq '{1}'&$select=sdkmessageid) and build with -p:CrmTieringSdkMessageIds=\"{1}=<id>\".";
    public const string StepLeftOut =
        "Step '{0}' is left out of the zips: the SDK message id of '{1}' could not be verified. Read it from an organisation " +
        "(GET /api/data/v9.2/sdkmessages?$filter=name eq '{1}'&$select=sdkmessageid) and build with -p:CrmTieringSdkMessageIds=\"{1}=<id>\", " +
        "or register the step with the Plug-in Registration Tool after import.";
    public const string CustomApiStep =
        "Step '{0}' is registered on the Custom API message '{1}': a Custom API names its plug-in type in customapi.xml, not through a step.";
    public const string UnknownPluginType =
        "Step '{0}' names plug-in type '{1}', which is not a public IPlugin class of {2}.";
    public const string AsyncOutsidePostOperation = "Step '{0}' is asynchronous but not PostOperation (stage 40): Dataverse runs async steps only after the operation.";
    public const string FilteringOutsideUpdate = "Step '{0}' has filtering attributes but message '{1}': only Update steps filter on columns.";
    public const string PreImageOnCreate = "Step '{0}' asks for a pre-image on Create: the record does not exist yet.";
    public const string PostImageOnDelete = "Step '{0}' asks for a post-image on Delete: the record no longer exists.";
    public const string PostImageBeforeOperation = "Step '{0}' asks for a post-image before PostOperation: post-images exist only at stage 40.";
    public const string ImageOnUnsupportedMessage = "Step '{0}' asks for image '{1}' on message '{2}', which supports no entity images.";
    public const string DuplicateStepId = "Step id {0} is used by more than one step ('{1}' and '{2}').";
    public const string DuplicateStep = "Steps '{0}' and '{1}' register the same plug-in type on the same message, table and stage.";
    public const string DuplicateImageName = "Step '{0}' has two images named '{1}'.";
    public const string MissingFile = "Required file not found: {0}";
    public const string BadSdkMessageArgument = "--sdk-messages expects Name=guid pairs separated by ';', got '{0}'.";
    public const string BadVersion = "--version must be major.minor.build.revision, got '{0}'.";
    public const string FlowFileNameMismatch = "{0}.data.xml: JsonFileName must be /{1}, found '{2}'.";
    public const string FlowNotCategory5 = "{0}.data.xml: a cloud flow is Category 5, found '{1}'.";
    public const string FlowNotJson = "{0} is not valid JSON: {1}";
    public const string ScheduleWithoutFlow = "The schedule solution source {0} has no cloud flow in Workflows/ (<Name>-<ID>.json + .json.data.xml).";
    public const string Usage =
        "usage: CrmTiering.Solution.Packer --src <Solution/src> --out <folder> --version <a.b.c.d> --plugins <dll> [--sdk-messages Name=guid;...] [--schedule-src <Solution/schedule/src>]";
}
