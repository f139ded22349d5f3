from common import *
rl_setup()
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, FrameBreak, TableStyle, NextPageTemplate, Spacer
W, Hh = A4
d = RL('blind9-01-en-riders-postcards', 'en', 'reportlab', 'blind-postcard-sheet', 'social security and safety for platform delivery riders')
ORANGE = colors.HexColor('#e4572e'); INK = colors.HexColor('#1d3557'); GREY = colors.HexColor('#8d99ae')
body = ParagraphStyle('b', fontName='DV', fontSize=7.9, leading=10.2, spaceAfter=3); d.body = body
tit = ParagraphStyle('t', fontName='DVB', fontSize=20, leading=23, textColor=INK)
kick = ParagraphStyle('k', fontName='DVB', fontSize=7.5, leading=9, textColor=ORANGE, spaceAfter=3)
sub = ParagraphStyle('s', fontName='DV', fontSize=9, leading=11, textColor=INK, spaceBefore=3)
h1 = ParagraphStyle('h1', fontName='DVB', fontSize=11, leading=13, textColor=ORANGE, spaceAfter=3)
lab = ParagraphStyle('lab', fontName='DVB', fontSize=7, leading=9, textColor=GREY, alignment=0)
pc = ParagraphStyle('pc', fontName='DVB', fontSize=13, leading=15, textColor=INK, alignment=0, spaceAfter=4)
front = ParagraphStyle('fr', fontName='DVI', fontSize=6.8, leading=8.5, textColor=GREY, alignment=0)
qst = ParagraphStyle('q', fontName='DVSI', fontSize=9.2, leading=12, textColor=INK)
qw = ParagraphStyle('qw', fontName='DV', fontSize=7.2, leading=9, spaceAfter=5)
cell = ParagraphStyle('c', fontName='DVC', fontSize=7.4, leading=9); cellh = ParagraphStyle('ch', fontName='DVCB', fontSize=7.4, leading=9, textColor=colors.white)
M = 10*mm; CW = W - 2*M; CH = 80*mm; TOP1 = 32*mm
def card_frames(y0):
    # message side (left) and address side (right) of one postcard, bottom edge y0
    return [Frame(M+5*mm, y0+4*mm, CW*0.62-8*mm, CH-8*mm, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0),
            Frame(M+CW*0.62+4*mm, y0+4*mm, CW*0.38-38*mm, CH-8*mm, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
def ys(first):
    top = Hh - M - (TOP1 if first else 0)
    return [top - CH*(k+1) for k in range(3)]
def deco(c, first, n):
    for y0 in ys(first):
        c.setStrokeColor(GREY); c.setDash(3, 3); c.setLineWidth(0.6); c.rect(M, y0, CW, CH, stroke=1, fill=0)
        c.setDash(); c.setStrokeColor(colors.HexColor('#cccccc')); c.line(M+CW*0.62, y0+8*mm, M+CW*0.62, y0+CH-8*mm)
        # stamp box and address lines (drawn, no text)
        c.setStrokeColor(ORANGE); c.setLineWidth(1); c.rect(M+CW-28*mm, y0+CH-32*mm, 22*mm, 26*mm, stroke=1, fill=0)
        c.setStrokeColor(colors.HexColor('#999999')); c.setLineWidth(0.5)
        for k in range(4): c.line(M+CW*0.62+5*mm, y0+10*mm+k*8*mm, M+CW-6*mm, y0+10*mm+k*8*mm)
        c.setFillColor(ORANGE); c.circle(M+CW-17*mm, y0+CH-19*mm, 6*mm, stroke=0, fill=1)
    c.setFillColor(GREY); c.setFont('DV', 7)
    c.drawString(M, 5*mm, d.t['furniture'][n]); c.drawRightString(W-M, 5*mm, d.t['furniture'][n+1])
d.furn('RideSafe postcard series · Kuala Lumpur'); d.furn('Sheet 1 of 2'); d.furn('RideSafe postcard series · Kuala Lumpur'); d.furn('Sheet 2 of 2')
def fr1(): 
    fs = [Frame(M, Hh-M-TOP1+2*mm, CW, TOP1-2*mm, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)]
    for y0 in ys(True): fs += card_frames(y0)
    return fs
def fr2():
    fs = []
    for y0 in ys(False): fs += card_frames(y0)
    return fs
doc = BaseDocTemplate(f'{D}/{d.id}.pdf', pagesize=A4, title='RideSafe postcards', leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M)
doc.addPageTemplates([PageTemplate('one', fr1(), onPage=lambda c, dd: deco(c, True, 0)), PageTemplate('two', fr2(), onPage=lambda c, dd: deco(c, False, 2))])
d.add(NextPageTemplate('two'))
d.i('International Labour Organization · Project office in Kuala Lumpur', kick)
d.T('Ride safe, ride covered', tit)
d.p('Six postcards for food and parcel delivery riders in Kuala Lumpur and Selangor, Malaysia', sub)
d.add(FrameBreak())
def side(n, caption):
    d.i('POSTCARD', pc); d.i(f'Card {n} of 6', lab); d.add(Spacer(1, 3*mm)); d.i(caption, front)
# card 1
d.h('Are you covered when you crash?', h1)
d.p('One rider in four in the Klang Valley had a road accident last year. Most paid the hospital and the repair bill themselves, and lost a week of income.')
d.p('Since 2024 delivery riders can join the Self-Employment Social Security Scheme of the Social Security Organisation (SOCSO). For a few ringgit a month you get:')
d.ul(['medical care and a daily allowance after a work accident;', 'a monthly pension if you are disabled;', 'a pension for your family if you die on the road.'], body, bullet='■')
d.add(FrameBreak()); side(1, 'On the front: a rider waits out the rain under the Jalan Tun Razak flyover.'); d.add(FrameBreak())
# card 2
d.h('Heat, rain and long hours', h1)
d.p('The app decides your next order, but you decide when to stop. Riders in our groups agreed on five habits:')
d.ul([('take a break of 15 minutes every two hours:', ['drink water before you feel thirsty;', 'sit in the shade, not on the bike.']),
      'stop riding when lightning starts;', 'check brakes and tyres every Monday;', 'never ride more than 10 hours in a day;', 'report every crash, even a small one.'], body, bullet='■', bullet2='–')
d.add(FrameBreak()); side(2, 'On the front: a thermometer reading 36 °C on a hot afternoon in Cheras.'); d.add(FrameBreak())
# card 3
d.h('Who pays for this series?', h1)
d.p('The postcards are part of RideSafe, a project funded by Australia through the Department of Foreign Affairs and Trade (DFAT), which signed a contribution agreement with the International Labour Organization (ILO) in 2024. The grant runs until 2027.')
d.p('A memorandum of understanding on a code of practice for platform work was signed in 2025 by Malaysia’s Ministry of Human Resources (KESUMA), the Malaysian Trades Union Congress (MTUC) and the ILO.')
d.add(FrameBreak()); side(3, 'On the front: riders’ helmets lined up outside the hub in Brickfields.'); d.add(FrameBreak())
# card 4
d.h('Who else is involved?', h1)
d.p('In March 2025, SOCSO and the Malaysian Delivery Riders’ Association (MDRA) agreed a pilot: riders who join through the Association have their first three months of contributions paid by the project.')
d.p('Lekas, a delivery app, sent the ILO a letter of intent in January 2025 on sharing anonymized data on working time.')
d.p('Free motorcycle safety courses are run by Kuala Lumpur City Hall (DBKL) and the Malaysian Institute of Road Safety Research (MIROS) under a cooperation agreement first signed in 2022 and renewed in 2025 until 2027.')
d.p('Talks with Ayam Express, a second app, are continuing; nothing has been signed. The riders’ hub in Brickfields is lent by the YMCA of Kuala Lumpur.')
d.add(FrameBreak()); side(4, 'On the front: a safety instructor checks a rider’s brakes.'); d.add(FrameBreak())
# card 5
d.h('What it costs', h1)
ts = TableStyle([('BACKGROUND', (0, 0), (-1, 0), INK), ('LINEBELOW', (0, 1), (-1, -1), 0.4, GREY), ('BOX', (0, 0), (-1, -1), 0.5, INK), ('VALIGN', (0, 0), (-1, -1), 'TOP')])
d.tab([['Declared monthly income', 'Monthly contribution', 'Paid by RideSafe']],
      [['up to RM 1,050', 'RM 13.10', '3 months'], ['RM 1,051 to 1,550', 'RM 19.40', '3 months'], ['RM 1,551 to 2,950', 'RM 36.90', '3 months'], ['above RM 2,950', 'RM 49.40', '3 months']],
      cell, cellh, [42*mm, 32*mm, 28*mm], ts)
d.add(Spacer(1, 5))
d.q('I used to ride twelve hours a day and skip lunch. After my crash in Ampang, SOCSO paid my physiotherapy. Now I tell every new rider to register first.', 'Farid Hakimi bin Osman', 'food-delivery rider, Cheras', qst, qw)
d.add(FrameBreak()); side(5, 'On the front: Farid at the RideSafe hub.'); d.add(FrameBreak())
# card 6
d.h('Write to us', h1)
d.p('Keep this card. Bring it to the hub in Brickfields and our team will help you register with SOCSO in ten minutes.')
d.contact('Nurul Aina Rahman', 'rahman@ilo.org', '+60 3 2264 1437')
for s in ['Nurul Aina Rahman', d.ign('RideSafe project coordinator, ILO'), d.ign('Tel.: +60 3 2264 1437'), d.ign('Email: rahman@ilo.org'), d.link('www.ilo.org/ridesafe')]:
    d.add(d.P(s, body))
d.add(Spacer(1, 4))
d.p('Figures on this sheet come from the Department of Statistics Malaysia (DOSM) and from a RideSafe survey of 1,200 riders in 2024.', ParagraphStyle('sm', parent=body, fontSize=6.8, leading=8.5, textColor=GREY))
d.add(FrameBreak()); side(6, 'On the front: the Petronas Towers at night, seen from a rider’s mirror.')
d.orgs(('International Labour Organization', 'ILO'), ('Social Security Organisation', 'SOCSO'), 'Self-Employment Social Security Scheme', 'RideSafe',
       ('Department of Foreign Affairs and Trade', 'DFAT'), ('Ministry of Human Resources', 'KESUMA'), ('Malaysian Trades Union Congress', 'MTUC'),
       ('Malaysian Delivery Riders’ Association', 'MDRA'), 'Lekas', ('Kuala Lumpur City Hall', 'DBKL'), ('Malaysian Institute of Road Safety Research', 'MIROS'),
       'Ayam Express', 'YMCA of Kuala Lumpur', ('Department of Statistics Malaysia', 'DOSM'))
d.countries('MY', 'AU')
d.ps(['DFAT', 'ILO'], 'funding', 2024, 2027)
d.ps(['KESUMA', 'MTUC', 'ILO'], 'memorandum_of_understanding', 2025)
d.ps(['SOCSO', 'MDRA'], 'cooperation_agreement', 2025)
d.ps(['Lekas', 'ILO'], 'letter_of_intent', 2025)
d.ps(['DBKL', 'MIROS'], 'cooperation_agreement', 2022, 2027)
doc.build(d.story)
import shutil; shutil.copy(__file__, f'{D}/{d.id}.py')
d.finish(f'{D}/{d.id}.pdf')
