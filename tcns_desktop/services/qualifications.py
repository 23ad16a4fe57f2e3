"""Training courses, who attended them with what result, and the 5 basic digital skills."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.commune_repository import own_commune
from tcns_desktop.data.models import Person, SkillAssessment, TrainingAttendance, TrainingCourse
from tcns_desktop.data.roster_repository import attendance_records, course_record
from tcns_desktop.domain.enums import AssessmentSource, DigitalSkill, SkillLevel, TrainingResult
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.roster_records import AttendanceRecord, CourseInput, CourseRecord
from tcns_desktop.domain.vietnamese_text import clean_text
from tcns_desktop.errors import NotFoundError, ValidationError


def _checked_course(data: CourseInput) -> dict[str, object]:
    name = clean_text(data.name)
    problems = []
    if not name:
        problems.append("Chưa nhập tên khóa bồi dưỡng.")
    if data.start_date and data.end_date and data.end_date < data.start_date:
        problems.append("Ngày kết thúc trước ngày bắt đầu.")
    if data.hours is not None and not 0 < data.hours <= 2000:
        problems.append("Số giờ phải lớn hơn 0 và không quá 2.000.")
    if data.start_date and data.start_date > date.today():
        problems.append("Ngày bắt đầu ở tương lai: hãy ghi khóa học khi đã diễn ra.")
    if problems:
        raise ValidationError("Thông tin khóa bồi dưỡng chưa hợp lệ.", problems)
    return {
        "name": name,
        "organiser": clean_text(data.organiser),
        "start_date": data.start_date,
        "end_date": data.end_date,
        "hours": data.hours,
        "mode": data.mode,
        "platform": clean_text(data.platform),
        "location": clean_text(data.location),
        "notes": clean_text(data.notes),
    }


class QualificationService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def courses(self) -> list[CourseRecord]:
        with self._sessions.begin() as session:
            commune = own_commune(session)
            if commune is None:
                return []
            rows = session.scalars(
                select(TrainingCourse)
                .where(TrainingCourse.commune_id == commune.id, TrainingCourse.deleted_at.is_(None))
                .order_by(TrainingCourse.start_date.desc().nulls_last())
            )
            return [course_record(session, course) for course in rows]

    def add_course(self, data: CourseInput) -> CourseRecord:
        values = _checked_course(data)
        with self._sessions.begin() as session:
            commune = own_commune(session)
            if commune is None:
                raise NotFoundError("Chưa thiết lập thông tin xã.")
            course = TrainingCourse(commune_id=commune.id, **values)
            session.add(course)
            session.flush()
            return course_record(session, course)

    def update_course(self, course_id: str, data: CourseInput) -> CourseRecord:
        values = _checked_course(data)
        with self._sessions.begin() as session:
            course = self._course(session, course_id)
            for key, value in values.items():
                setattr(course, key, value)
            session.flush()
            return course_record(session, course)

    def delete_course(self, course_id: str) -> None:
        with self._sessions.begin() as session:
            course = self._course(session, course_id)
            stamp = now_text()
            for attendance in session.scalars(
                select(TrainingAttendance).where(
                    TrainingAttendance.course_id == course_id,
                    TrainingAttendance.deleted_at.is_(None),
                )
            ):
                attendance.deleted_at = stamp
            course.deleted_at = stamp

    def attendance(self, course_id: str) -> list[AttendanceRecord]:
        with self._sessions.begin() as session:
            self._course(session, course_id)
            rows = session.scalars(
                select(TrainingAttendance).where(
                    TrainingAttendance.course_id == course_id,
                    TrainingAttendance.deleted_at.is_(None),
                )
            )
            return attendance_records(session, rows)

    def set_attendance(
        self,
        course_id: str,
        attended: dict[str, tuple[TrainingResult, str]],
    ) -> list[AttendanceRecord]:
        """Tick who attended: ``attended`` maps person id → (result, certificate number).

        People no longer ticked get their attendance tombstoned; others are added or updated.
        """
        with self._sessions.begin() as session:
            course = self._course(session, course_id)
            existing = {
                row.person_id: row
                for row in session.scalars(
                    select(TrainingAttendance).where(
                        TrainingAttendance.course_id == course_id,
                        TrainingAttendance.deleted_at.is_(None),
                    )
                )
            }
            stamp = now_text()
            for person_id, row in existing.items():
                if person_id not in attended:
                    row.deleted_at = stamp
            for person_id, (result, certificate) in attended.items():
                person = session.get(Person, person_id)
                if person is None or person.deleted_at is not None:
                    raise NotFoundError("Không tìm thấy thành viên (có thể đã bị xóa).")
                attendance = existing.get(person_id)
                if attendance is None:
                    attendance = TrainingAttendance(course_id=course.id, person_id=person_id)
                    session.add(attendance)
                attendance.result = result
                attendance.certificate_number = clean_text(certificate)
                if attendance.certificate_number and attendance.certificate_date is None:
                    attendance.certificate_date = course.end_date or course.start_date
            session.flush()
            rows = session.scalars(
                select(TrainingAttendance).where(
                    TrainingAttendance.course_id == course_id,
                    TrainingAttendance.deleted_at.is_(None),
                )
            )
            return attendance_records(session, rows)

    def assess_skill(
        self,
        person_id: str,
        skill: DigitalSkill,
        level: SkillLevel,
        source: AssessmentSource = AssessmentSource.SELF,
        on: date | None = None,
        assessor: str = "",
    ) -> None:
        """A new assessment is added (the history of levels is kept; the latest counts)."""
        with self._sessions.begin() as session:
            person = session.get(Person, person_id)
            if person is None or person.deleted_at is not None:
                raise NotFoundError("Không tìm thấy thành viên (có thể đã bị xóa).")
            session.add(
                SkillAssessment(
                    person_id=person_id,
                    skill=skill,
                    level=level,
                    source=source,
                    assessed_on=on or date.today(),
                    assessor=clean_text(assessor),
                )
            )

    def _course(self, session: Session, course_id: str) -> TrainingCourse:
        course = session.get(TrainingCourse, course_id)
        if course is None or course.deleted_at is not None:
            raise NotFoundError("Không tìm thấy khóa bồi dưỡng (có thể đã bị xóa).")
        return course
