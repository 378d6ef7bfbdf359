using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The exception a plug-in throws to fail the operation with a message the user sees.</summary>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    private const string StatusKey = "Status";
    private const string HttpStatusKey = "HttpStatus";

    public InvalidPluginExecutionException()
    {
        Status = OperationStatus.Failed;
    }

    public InvalidPluginExecutionException(OperationStatus status)
        : base(string.Empty)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(string message)
        : base(message)
    {
        Status = OperationStatus.Failed;
    }

    public InvalidPluginExecutionException(OperationStatus status, string message)
        : base(message)
    {
        Status = status;
    }

    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        Status = OperationStatus.Failed;
        if (exception is InvalidPluginExecutionException inner)
        {
            HttpStatus = inner.HttpStatus;
        }
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        Status = status;
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(message)
    {
        HttpStatus = httpStatus;
    }

    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message)
    {
        HttpStatus = httpStatus;
    }

#pragma warning disable SYSLIB0051 // binary serialization is obsolete on .NET 10; the real type still has it
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        Status = (OperationStatus)info.GetInt32(StatusKey);
        HttpStatus = (PluginHttpStatusCode)info.GetInt32(HttpStatusKey);
    }

    public OperationStatus Status { get; }

    /// <summary>The exception's HResult.</summary>
    public int ErrorCode => HResult;

    public PluginHttpStatusCode HttpStatus { get; }

#pragma warning disable CS0672
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        base.GetObjectData(info, context);
        info.AddValue(StatusKey, (int)Status);
        info.AddValue(HttpStatusKey, (int)HttpStatus);
    }
#pragma warning restore CS0672
#pragma warning restore SYSLIB0051
}
