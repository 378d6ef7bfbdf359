using System;

namespace CrmTiering.Core.Calibration;

/// <summary>A calibration that cannot produce a valid policy; the message says why (<see cref="CalibrationMessages"/>).</summary>
public sealed class CalibrationException : Exception
{
    public CalibrationException(string message)
        : base(message)
    {
    }
}
