namespace CrmTiering.Cli;

/// <summary>
/// Every message the command line prints for a user mistake or a warning. Public so that tests
/// assert on them; <c>{n}</c> placeholders are filled with <see cref="string.Format(string, object)"/>.
/// </summary>
public static class CliMessages
{
    public const string ErrorPrefix = "error: ";

    public const string MapSyntax = "--map {0}: expected column=header or a .json file";
    public const string MapUnknownFile = "--map {0}: unknown file kind (one of {1})";
    public const string MapUnknownColumn = "--map {0}: not a column the data commands read";
    public const string MapColumnTwice = "--map {0}: that column is mapped twice";
    public const string MapHeaderTwice = "--map: header '{0}' is mapped to more than one {1} column ({2})";
    public const string MapHeaderMissing = "{0}: the header lacks '{1}', which --map names for {2}";
    public const string MapColumnInFile = "{0}: the header already has {1}; --map {1}={2} would read two columns as one";
    public const string MapJsonShape = "--map {0}: expected a JSON object of \"column\": \"header\" strings";
    public const string MapJsonInvalid = "--map {0}: not valid JSON ({1})";
    public const string FileNotFound = "file not found: {0}";
    public const string EmptyFile = "{0}: the file is empty; a header row with column names is required";
    public const string MalformedCsv = "{0}: {1}";
    public const string DuplicateColumn = "{0}: column '{1}' appears twice in the header";
    public const string MissingColumn = "{0}: the header lacks the required column {1}";

    public const string BadDateOption = "{0}: '{1}' is not a date; use yyyy-MM-dd";
    public const string BadEveryOption = "--every: '{0}' is not a whole number of months of at least 1";
    public const string ReviewDatesMissing = "give either --as-of DATE or --from DATE --to DATE --every MONTHS";
    public const string ReviewDatesConflict = "--as-of cannot be combined with --from, --to or --every";
    public const string ReviewRangeIncomplete = "--from, --to and --every must be given together";
    public const string ReviewRangeBackwards = "--to {1} is before --from {0}";

    public const string PolicyUnreadable = "policy {0}: {1}";
    public const string PolicyInvalid = "policy {0} is invalid: {1}";
    public const string PolicyValid = "policy {0} is valid";

    public const string AccountIdEmpty = "{0} line {1}: accountid is empty";
    public const string AccountIdDuplicate = "{0} line {1}: accountid '{2}' appears more than once";
    public const string AccountValueInvalid = "{0} line {1}: {2} '{3}' is not a valid {4}";
    public const string UserIdEmpty = "{0} line {1}: systemuserid is empty";
    public const string UserIdDuplicate = "{0} line {1}: systemuserid '{2}' appears more than once";
    public const string UserValueInvalid = "{0} line {1}: {2} '{3}' is not a valid {4}";
    public const string UnknownAccount = "account '{0}' is not in {1}";
    public const string OutputNotWritable = "cannot write {0}: {1}";

    public const string SkippedRowsWarning = "warning: skipped {0} unusable rows (opportunities {1}, invoices {2})";
    public const string FactorOutOfRangeWarning = "warning: {0} line {1}: {2} = {3} is outside 0-10 and is ignored";
    public const string UnknownOverrideWarning = "warning: {0} line {1}: ctier_tieroverride '{2}' is not a tier of the policy and is ignored";
    public const string UnassignedTasksWarning = "warning: {0} follow-up tasks not created: no enabled manager, owner, team or fallback owner";
    public const string UnexpectedFailure = "unexpected failure ({0}): {1}";

    public const string KindDate = "date";
    public const string KindAmount = "amount";
    public const string KindWholeNumber = "whole number";
    public const string KindYesNo = "yes/no value";
}
