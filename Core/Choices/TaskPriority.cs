namespace CrmTiering.Core.Choices;

/// <summary>
/// The platform's own <c>prioritycode</c> option values of an activity (Low 0, Normal 1, High 2);
/// higher number = more urgent, which the follow-up merge rule relies on.
/// </summary>
public enum TaskPriority
{
    Low = 0,
    Normal = 1,
    High = 2,
}
