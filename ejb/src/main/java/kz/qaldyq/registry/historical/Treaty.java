package kz.qaldyq.registry.historical;

/** International treaties on hazardous substances Kazakhstan is party to: Stockholm (POPs), Minamata (mercury), Rotterdam (PIC), Basel (hazardous waste). */
public enum Treaty {
    STOCKHOLM, MINAMATA, ROTTERDAM, BASEL
}
