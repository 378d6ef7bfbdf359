namespace CrmTiering.Solution.Tests.Fakes;

/// <summary>Stands in for a plug-in class in the step generator tests (only its full name matters).</summary>
public sealed class FakeRecalculation
{
}
