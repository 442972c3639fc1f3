"""SQLAlchemy 2 entities of ReturnDesk. No Qt here."""

from desktop.models.audit import GENESIS_HASH, AuditEntry, AuditHead
from desktop.models.base import Base, UTCDateTime, table_of, utcnow
from desktop.models.catalog import Customer, CustomerIdCheck, PriceChange, Product
from desktop.models.jobs import Notification, PolicyAcknowledgement, ScheduledJob, ScorecardSignOff
from desktop.models.offline import OfflineAllowance, OfflineConflict, OfflineEntry
from desktop.models.returns import (
    ExportBatch,
    ExportedRecord,
    OverrideRequest,
    RefundTender,
    Return,
    ReturnLine,
    Voucher,
    VoucherRedemption,
)
from desktop.models.sale import GiftReceipt, PosReturn, PosVoid, Sale, SaleLine, SaleTender
from desktop.models.service import (
    CannedAnswer,
    CaseAttachment,
    CaseInteraction,
    CaseReply,
    Department,
    Feedback,
    GoodwillGesture,
    InboundMail,
    Mailbox,
    ServiceCase,
    Visit,
)
from desktop.models.store import Chain, Register, Staff, StaffApprovalStore, Store, StorePolicy, SystemSetting

__all__ = [
    "GENESIS_HASH", "AuditEntry", "AuditHead", "Base", "CannedAnswer", "CaseInteraction", "CaseReply", "Department",
    "Feedback", "GoodwillGesture", "ServiceCase", "Visit", "Chain", "Customer", "CustomerIdCheck", "GiftReceipt",
    "ExportBatch", "ExportedRecord", "OverrideRequest", "PosReturn", "PosVoid", "PriceChange", "Product",
    "RefundTender", "Register", "Return", "ReturnLine", "Sale",
    "SaleLine", "SaleTender", "Staff", "StaffApprovalStore", "Store", "StorePolicy", "SystemSetting", "UTCDateTime",
    "Voucher",
    "VoucherRedemption", "table_of", "utcnow", "Notification", "PolicyAcknowledgement", "ScheduledJob",
    "ScorecardSignOff", "CaseAttachment", "InboundMail", "Mailbox", "OfflineAllowance", "OfflineConflict",
    "OfflineEntry",
]
