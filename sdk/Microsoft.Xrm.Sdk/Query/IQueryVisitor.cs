namespace Microsoft.Xrm.Sdk.Query;

/// <summary>Internal, as in the real SDK: it is what keeps QueryBase closed to outside subclasses.</summary>
internal interface IQueryVisitor
{
    void Visit(QueryExpression query);

    void Visit(QueryByAttribute query);

    void Visit(FetchExpression query);
}
